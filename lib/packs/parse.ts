/**
 * Reading a pack, from a file the user picked or a download: size limit,
 * JSON syntax, header, the same validator as every dataset, then the hash.
 * All or nothing: the first failing step says exactly what is wrong, naming
 * the entity and field where there is one.
 */
import * as v from 'valibot';
import type { DatasetFile } from '../dataset/schema';
import { formatProblem, validateDatasetFile } from '../dataset/validate';
import { entitiesHash, type PackHeader, PackHeaderSchema } from './header';

/** Packs live in storage.local next to each other; this keeps several well inside its quota. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export interface ParseOptions {
  /** A subscription must carry a header (revision and hash); a file may be a plain dataset. */
  requireHeader: boolean;
  /** Ids relations may point at outside the pack (the bundled data, other packs). */
  targets: Iterable<string>;
  maxBytes?: number;
}

export type PackParse =
  | { ok: true; header: PackHeader | null; file: DatasetFile; raw: { asOf: string; entities: unknown[] } }
  | { ok: false; errors: string[] };

const fail = (...errors: string[]): PackParse => ({ ok: false, errors });
const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

export async function parsePack(text: string, options: ParseOptions): Promise<PackParse> {
  const max = options.maxBytes ?? MAX_PACK_BYTES;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > max) return fail(`The pack is ${kb(bytes)}; packs up to ${kb(max)} are accepted.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return fail(`The pack is not valid JSON (cut short, or not a pack): ${(err as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('The pack must be a JSON object with "asOf" and "entities".');
  const { pack, ...rest } = raw as Record<string, unknown>;

  let header: PackHeader | null = null;
  if (pack !== undefined) {
    const parsed = v.safeParse(PackHeaderSchema, pack);
    if (!parsed.success) {
      return fail(
        ...parsed.issues.map((i) => {
          const field = (i.path ?? []).map((p) => String(p.key)).join('.');
          return `pack header, field ${field || '(root)'}: ${i.input === undefined ? 'is required' : i.message}`;
        }),
      );
    }
    header = parsed.output;
  } else if (options.requireHeader) {
    return fail('The file has no "pack" header (title, revision, sha256): build it with "npm run pack".');
  }

  const checked = validateDatasetFile(rest, { targets: options.targets });
  if (!checked.ok) return fail(...checked.problems.map(formatProblem));
  if (checked.file.entities.length === 0) return fail('The pack has no entities.');

  if (header) {
    const actual = await entitiesHash((rest as { entities: unknown }).entities);
    if (actual !== header.sha256)
      return fail(
        `The pack's entities do not match its sha256 (header ${header.sha256.slice(0, 12)}…, content ${actual.slice(0, 12)}…): it was changed or damaged after it was built.`,
      );
  }
  return { ok: true, header, file: checked.file, raw: rest as { asOf: string; entities: unknown[] } };
}
