/**
 * The packs in storage.local: the list (`packs`, version in `packs$`) and
 * each pack's data (`pack:<id>`). A list entry and the data it describes are
 * written in one storage call, so no reader sees one without the other.
 * Reading never writes; when no list is stored yet, the single imported
 * dataset of earlier versions is read as a pack in memory, and the
 * background writes that migration (ensurePacksMigrated) at start-up.
 */
import { browser } from 'wxt/browser';
import { readRecord } from '@/lib/dataset/stored';
import { migrateLegacy, type PackData } from '@/lib/packs/edits';
import { BUNDLED_PACK_ID, emptyList, PACKS_VERSION, type PackList, readPackList } from '@/lib/packs/store';

import { PACKS_META_KEY as META_KEY, PACKS_KEY, packDataKey, USER_DATASET_KEY, USER_DATASET_META_KEY } from '../storage-keys';

/** Where earlier versions kept the one imported dataset (lib/dataset/stored.ts), without WXT's area prefix. */
const LEGACY_KEY = USER_DATASET_KEY.replace(/^local:/, '');
const LEGACY_META_KEY = USER_DATASET_META_KEY.replace(/^local:/, '');

export interface PacksSnapshot {
  list: PackList;
  /** The version to write back with the list: never lower than what is stored. */
  version: number;
  /** Saved by a newer Newslens: read as far as this one can, written back with its fields. */
  newer: boolean;
  /** Entries this version cannot read: written back after the others, untouched. */
  unreadable: unknown[];
  /** Data that exists only in memory so far (a migration not yet written), by pack id. */
  pending: Map<string, PackData>;
}

const local = () => browser.storage.local;

export async function readPacks(): Promise<PacksSnapshot> {
  let got: Record<string, unknown> = {};
  try {
    got = await local().get([PACKS_KEY, META_KEY, LEGACY_KEY, LEGACY_META_KEY]);
  } catch {
    // Unreadable for now: the bundled data alone, nothing written.
  }
  const read = readPackList(got[PACKS_KEY], got[META_KEY]);
  const snapshot: PacksSnapshot = read
    ? { ...read, pending: new Map() }
    : { list: emptyList(), unreadable: [], version: PACKS_VERSION, newer: false, pending: new Map() };
  const legacy = readRecord(got[LEGACY_KEY], got[LEGACY_META_KEY]);
  if (legacy) {
    const count = Array.isArray((legacy.record.data as { entities?: unknown })?.entities)
      ? (legacy.record.data as { entities: unknown[] }).entities.length
      : 0;
    const migrated = migrateLegacy(snapshot.list, legacy.record, count);
    if (migrated) {
      const id = migrated.list.packs[0]?.id as string;
      snapshot.list = migrated.list;
      snapshot.pending.set(id, migrated.data);
    }
  }
  return snapshot;
}

/** The stored data of these packs (pending data from the snapshot first). */
export async function readPackData(snapshot: PacksSnapshot, ids: readonly string[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  const wanted = ids.filter((id) => id !== BUNDLED_PACK_ID && !snapshot.pending.has(id));
  let got: Record<string, unknown> = {};
  if (wanted.length > 0) {
    try {
      got = await local().get(wanted.map(packDataKey));
    } catch {
      got = {};
    }
  }
  for (const id of ids) {
    const value = snapshot.pending.get(id) ?? got[packDataKey(id)];
    if (value !== undefined) out.set(id, value);
  }
  return out;
}

/**
 * Writes the list with the data that changed, and the pending migration, in
 * one call; then removes the data of packs no longer listed.
 */
export async function writePacks(snapshot: PacksSnapshot, list: PackList, data: ReadonlyMap<string, PackData> = new Map()): Promise<void> {
  const stored = { ...list, packs: [...list.packs, ...snapshot.unreadable] };
  const items: Record<string, unknown> = { [PACKS_KEY]: stored, [META_KEY]: { v: Math.max(snapshot.version, PACKS_VERSION) } };
  for (const [id, value] of snapshot.pending) if (list.packs.some((p) => p.id === id)) items[packDataKey(id)] = value;
  for (const [id, value] of data) items[packDataKey(id)] = value;
  await local().set(items);
  const gone = new Set(snapshot.list.packs.map((p) => p.id));
  for (const p of list.packs) gone.delete(p.id);
  const legacyGone = snapshot.list.packs.some((p) => gone.has(p.id) && p.legacyImportedAt !== undefined);
  const keys = [...gone].map(packDataKey);
  // The user removed the pack made from an earlier version's import: that record goes with it.
  if (legacyGone) keys.push(LEGACY_KEY, LEGACY_META_KEY);
  if (keys.length > 0) await local().remove(keys);
}

// Changes are read-modify-write; in one context they queue, so none is lost.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies `change` to the current list; writes when it returns a new list.
 * The background makes every change through this.
 */
export function changePacks<T>(
  change: (
    snapshot: PacksSnapshot,
  ) => Promise<{ list: PackList; data?: Map<string, PackData>; result: T }> | { list: PackList; data?: Map<string, PackData>; result: T },
): Promise<T> {
  const run = queue.then(async () => {
    const snapshot = await readPacks();
    const { list, data, result } = await change(snapshot);
    if (list !== snapshot.list || (data && data.size > 0) || snapshot.pending.size > 0) await writePacks(snapshot, list, data);
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Writes a pending migration of an earlier version's import; nothing when there is none. */
export const ensurePacksMigrated = () => changePacks((s) => ({ list: s.list, result: s.pending.size > 0 }));

/** Calls `onChange` when the list or any pack's data changes. */
export function watchPacks(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (Object.keys(changes).some((k) => k === PACKS_KEY || k === LEGACY_KEY || k.startsWith('pack:'))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
