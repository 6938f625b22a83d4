/**
 * Reading a dataset the user imports: size limit, JSON syntax, then the same
 * validator as the bundled data, checked against the bundled entities (no
 * id or alias may collide with them). Nothing is accepted unless all of it is.
 */
import { type Entity, stamp } from './dataset';
import type { EntityInput } from './schema';
import { type DatasetProblem, formatProblem, validateDatasetFile } from './validate';

/** Imports are kept in storage.local; this keeps one well inside its quota. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type ImportResult = { ok: true; entities: Entity[]; raw: unknown } | { ok: false; errors: string[]; problems: DatasetProblem[] };

function failure(message: string): ImportResult {
  return { ok: false, errors: [message], problems: [] };
}

export function parseImport(text: string, bundled: readonly EntityInput[]): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    return failure(`The file is ${(bytes / 1024).toFixed(0)} KB; datasets up to ${MAX_IMPORT_BYTES / 1024} KB can be imported.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return failure(`The file is not valid JSON: ${(err as Error).message}`);
  }
  return checkImport(raw, bundled);
}

/** Validates already-parsed data (an import, or one read back from storage). */
export function checkImport(raw: unknown, bundled: readonly EntityInput[]): ImportResult {
  const result = validateDatasetFile(raw, { existing: bundled });
  if (!result.ok) return { ok: false, errors: result.problems.map(formatProblem), problems: result.problems };
  if (result.file.entities.length === 0) return failure('The dataset has no entities.');
  return { ok: true, entities: stamp(result.file, 'user'), raw };
}
