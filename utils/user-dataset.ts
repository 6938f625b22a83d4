/**
 * The user's own dataset: imported from a JSON file and validated once, at
 * import. It is kept in storage.local as a versioned record
 * (lib/dataset/stored.ts) with the checksum of what was validated, next to
 * its compiled match index (what content scripts read). Readers trust a
 * record whose checksum matches; one without (stored by an older version) or
 * that no longer matches is validated again. Reading never writes: only an
 * import, a removal and the background's ensureUserIndex do.
 *
 * A stored dataset this version cannot use (it no longer validates, say
 * because a newer version saved fields this one does not know) is not used
 * but kept, and the options page says so; only the user replaces or removes
 * it. A newer version's record is never rewritten here.
 */
import { storage } from 'wxt/utils/storage';
import { bundledDataset } from '@/lib/dataset/bundled';
import { datasetChecksum } from '@/lib/dataset/checksum';
import { createDataset, type Dataset, type Entity, stamp } from '@/lib/dataset/dataset';
import { checkImport, type ImportResult, parseImport } from '@/lib/dataset/import';
import type { DatasetFile } from '@/lib/dataset/schema';
import { newRecord, type ReadRecord, readRecord, USER_DATASET_VERSION, withValidation } from '@/lib/dataset/stored';
import { type CompiledIndex, compileExtension, loadIndex } from '@/lib/match/compiled';
import { bundledBase } from './bundled-index';
import { USER_DATASET_KEY, USER_DATASET_META_KEY, USER_INDEX_KEY } from './storage-keys';
import { readUserDataset, readUserDatasetRaw, readUserIndex } from './user-storage';

export { USER_DATASET_KEY } from './storage-keys';
export { readUserDataset, watchUserDataset } from './user-storage';

/** The stored dataset checked against the bundled one: its entities, or why it cannot be used. */
export function checkStored(stored: ReadRecord): ImportResult {
  return checkImport(stored.record.data, bundledDataset().entities);
}

/**
 * True when the record carries the checksum of what it holds: validated by
 * this version's rules, not changed since. A newer version's checksum meant
 * its own rules, so its records are always checked by this one's.
 */
function validated(stored: ReadRecord): boolean {
  const { checksum, data } = stored.record;
  return !stored.newer && checksum !== undefined && checksum === datasetChecksum(data);
}

/** The entities of a stored dataset this version can use (trusted when validated, checked again otherwise), or null. */
function entitiesOf(stored: ReadRecord): Entity[] | null {
  if (validated(stored)) return stamp(stored.record.data as DatasetFile, 'user');
  const checked = checkStored(stored);
  return checked.ok ? checked.entities : null;
}

export type StoredState =
  | { state: 'in-use'; entityCount: number }
  | { state: 'newer'; problemCount: number }
  | { state: 'invalid'; problemCount: number };

/** What the options page says of a stored dataset; validates only a record not validated already. */
export function storedState(stored: ReadRecord): StoredState {
  if (validated(stored) && stored.record.entityCount !== undefined) return { state: 'in-use', entityCount: stored.record.entityCount };
  const checked = checkStored(stored);
  if (checked.ok) return { state: 'in-use', entityCount: checked.entities.length };
  return { state: stored.newer ? 'newer' : 'invalid', problemCount: checked.errors.length };
}

/** Bundled entities plus the user's, when they have a dataset stored that this version can use. */
export async function currentDataset(): Promise<Dataset> {
  const bundled = bundledDataset();
  const stored = await readUserDataset();
  const mine = stored ? entitiesOf(stored) : null;
  return mine ? createDataset([...bundled.entities, ...mine]) : bundled;
}

function compileUser(entities: readonly Entity[], checksum: string): CompiledIndex {
  return compileExtension(entities, bundledBase(), checksum);
}

/** Validates and stores an import (record, version and index in one write); on any error nothing is stored and the errors say why. */
export async function importUserDataset(text: string, fileName: string, now = new Date()): Promise<ImportResult> {
  const result = parseImport(text, bundledDataset().entities);
  if (!result.ok) return result;
  const checksum = datasetChecksum(result.raw);
  // One write, so a reader never sees the dataset without its index.
  await storage.setItems([
    { key: USER_DATASET_KEY, value: newRecord(fileName, result.raw, now, { checksum, entityCount: result.entities.length }) },
    { key: USER_DATASET_META_KEY, value: { v: USER_DATASET_VERSION } },
    { key: USER_INDEX_KEY, value: compileUser(result.entities, checksum) },
  ]);
  return result;
}

/** Removes the stored dataset, its version and its index: only ever at the user's request. */
export async function removeUserDataset(): Promise<void> {
  await storage.removeItems([USER_DATASET_KEY, USER_DATASET_META_KEY, USER_INDEX_KEY]);
}

/**
 * Makes the stored index match the stored dataset, the bundled data and this
 * version's index format; rebuilds it (validating the dataset again, and
 * marking the record validated, every other field kept) when it does not.
 * A record this version cannot use keeps its data untouched and gets no
 * index; a newer version's record gets an index when it validates, and is
 * itself left as that version wrote it. Returns true when it wrote anything. Run by the background at
 * start-up, after an update, and when a content script reports a stale index.
 */
export async function ensureUserIndex(): Promise<boolean> {
  const raw = await readUserDatasetRaw();
  if (!raw) return false;
  const stored = readRecord(raw.value, raw.meta);
  const current = await readUserIndex();
  const dropIndex = async () => {
    if (current === null) return false;
    await storage.removeItem(USER_INDEX_KEY);
    return true;
  };
  if (!stored) return dropIndex();
  const base = bundledBase();
  const checksum = stored.newer ? datasetChecksum(stored.record.data) : stored.record.checksum;
  if ((stored.newer || validated(stored)) && loadIndex(current, { dataset: checksum, base: base.dataset }).ok) return false;
  const checked = checkStored(stored);
  // No longer valid for this version (say, an id now bundled): keep the file, mark nothing of it.
  if (!checked.ok) return dropIndex();
  const sum = datasetChecksum(stored.record.data);
  if (stored.newer) {
    await storage.setItem(USER_INDEX_KEY, compileUser(checked.entities, sum));
    return true;
  }
  const meta = raw.meta !== null && typeof raw.meta === 'object' ? (raw.meta as Record<string, unknown>) : {};
  await storage.setItems([
    { key: USER_DATASET_KEY, value: withValidation(raw.value, sum, checked.entities.length) },
    { key: USER_DATASET_META_KEY, value: { ...meta, v: USER_DATASET_VERSION } },
    { key: USER_INDEX_KEY, value: compileUser(checked.entities, sum) },
  ]);
  return true;
}
