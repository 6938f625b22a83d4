/**
 * Building a pack from dataset files (what `npm run pack` does): merge them,
 * validate the result like any import, and write the header with the hash
 * of the merged entities. Pure: the caller reads and writes the files.
 */
import type { DatasetFile } from '../dataset/schema';
import { formatProblem, validateDatasetFiles } from '../dataset/validate';
import { entitiesHash, type PackHeader } from './header';

export interface PackFile extends DatasetFile {
  pack: PackHeader;
}

export type BuildResult = { ok: true; pack: PackFile } | { ok: false; errors: string[] };

export async function buildPack(
  inputs: readonly unknown[],
  header: { title: string; revision: number; updateUrl?: string },
  targets: Iterable<string>,
): Promise<BuildResult> {
  const checked = validateDatasetFiles(inputs, { targets });
  if (!checked.ok) return { ok: false, errors: checked.problems.map(formatProblem) };
  if (checked.file.entities.length === 0) return { ok: false, errors: ['The files hold no entities.'] };
  // Hash what is written: the entities as read (the validator trims strings, which the file does not show).
  const entities = inputs.flatMap((f) => (f as DatasetFile).entities);
  const pack: PackHeader = {
    title: header.title,
    revision: header.revision,
    ...(header.updateUrl ? { updateUrl: header.updateUrl } : {}),
    sha256: await entitiesHash(entities),
  };
  return { ok: true, pack: { pack, asOf: checked.file.asOf, entities } };
}
