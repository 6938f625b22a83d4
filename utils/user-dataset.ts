/**
 * The user's own dataset: imported from a JSON file and validated once, at
 * import. It is stored in storage.local with its checksum, next to its
 * compiled match index (what content scripts read). Readers trust a stored
 * dataset whose checksum matches; one without (stored by an older version)
 * or that no longer matches is validated again, and ignored (the bundled
 * data still works) when it fails.
 */
import { storage } from 'wxt/utils/storage';
import { bundledDataset } from '@/lib/dataset/bundled';
import { datasetChecksum } from '@/lib/dataset/checksum';
import { createDataset, type Dataset, type Entity, stamp } from '@/lib/dataset/dataset';
import { checkImport, type ImportResult, parseImport } from '@/lib/dataset/import';
import type { DatasetFile } from '@/lib/dataset/schema';
import { type CompiledIndex, compileExtension, loadIndex } from '@/lib/match/compiled';
import { bundledBase } from './bundled-index';
import { readUserDataset, readUserIndex, type StoredUserDataset, userItems } from './user-storage';

export { readUserDataset, type StoredUserDataset, watchUserDataset } from './user-storage';

/** The entities of a stored dataset: trusted when its checksum matches, validated again otherwise. */
function entitiesOf(stored: StoredUserDataset): Entity[] | null {
  if (stored.checksum !== undefined && stored.checksum === datasetChecksum(stored.data)) return stamp(stored.data as DatasetFile, 'user');
  const checked = checkImport(stored.data, bundledDataset().entities);
  return checked.ok ? checked.entities : null;
}

/** Bundled entities plus the user's, when they have a usable dataset stored. */
export async function currentDataset(): Promise<Dataset> {
  const bundled = bundledDataset();
  const stored = await readUserDataset();
  const mine = stored ? entitiesOf(stored) : null;
  return mine ? createDataset([...bundled.entities, ...mine]) : bundled;
}

function compileUser(entities: readonly Entity[], checksum: string): CompiledIndex {
  return compileExtension(entities, bundledBase(), checksum);
}

/** Validates and stores an import with its index; on any error nothing is stored and the errors say why. */
export async function importUserDataset(text: string, fileName: string): Promise<ImportResult> {
  const result = parseImport(text, bundledDataset().entities);
  if (!result.ok) return result;
  const checksum = datasetChecksum(result.raw);
  const record: StoredUserDataset = {
    fileName,
    importedAt: new Date().toISOString(),
    data: result.raw,
    checksum,
    entityCount: result.entities.length,
  };
  const { dataset, index } = userItems();
  // One write, so a reader never sees the dataset without its index.
  await storage.setItems([
    { item: dataset, value: record },
    { item: index, value: compileUser(result.entities, checksum) },
  ]);
  return result;
}

export async function removeUserDataset(): Promise<void> {
  const { dataset, index } = userItems();
  await storage.removeItems([dataset, index]);
}

/**
 * Makes the stored index match the stored dataset, the bundled data and this
 * version's index format; rebuilds it (validating the dataset again) when it
 * does not. Returns true when it wrote anything. Run by the background at
 * start-up, after an update, and when a content script reports a stale index.
 */
export async function ensureUserIndex(): Promise<boolean> {
  const { dataset, index } = userItems();
  const stored = await readUserDataset();
  const current = await readUserIndex();
  if (!stored) {
    if (current === null) return false;
    await index.removeValue();
    return true;
  }
  const base = bundledBase();
  if (stored.checksum !== undefined && loadIndex(current, { dataset: stored.checksum, base: base.dataset }).ok) return false;
  const checked = checkImport(stored.data, bundledDataset().entities);
  if (!checked.ok) {
    // No longer valid for this version (say, an id now bundled): keep the file, mark nothing of it.
    if (current !== null) await index.removeValue();
    return current !== null;
  }
  const checksum = datasetChecksum(stored.data);
  await storage.setItems([
    { item: dataset, value: { ...stored, checksum, entityCount: checked.entities.length } },
    { item: index, value: compileUser(checked.entities, checksum) },
  ]);
  return true;
}
