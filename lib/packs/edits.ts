/**
 * Changes to the pack list, each a pure function returning a new list (or
 * the same one when nothing changes), and the migration of the single
 * imported dataset of earlier versions into a pack.
 */
import type { StoredUserDataset } from '../dataset/stored';
import type { PackHeader } from './header';
import { BUNDLED_PACK_ID, type PackEntry, type PackList } from './store';

/** What a pack's data key holds: the dataset file as accepted (without its header). */
export interface PackData {
  asOf: string;
  entities: unknown[];
}

/** A new pack goes first: the user just chose it, so its entities win until they reorder. */
export function addPack(list: PackList, entry: PackEntry): PackList {
  return { ...list, packs: [entry, ...list.packs.filter((p) => p.id !== entry.id)] };
}

export function replaceEntry(list: PackList, entry: PackEntry): PackList {
  return { ...list, packs: list.packs.map((p) => (p.id === entry.id ? entry : p)) };
}

/** Removes a pack; the bundled data cannot be removed (it can be switched off). */
export function removePack(list: PackList, id: string): PackList {
  if (id === BUNDLED_PACK_ID || !list.packs.some((p) => p.id === id)) return list;
  return { ...list, packs: list.packs.filter((p) => p.id !== id) };
}

export function setEnabled(list: PackList, id: string, enabled: boolean): PackList {
  const entry = list.packs.find((p) => p.id === id);
  return !entry || entry.enabled === enabled ? list : replaceEntry(list, { ...entry, enabled });
}

/** Moves a pack up (-1) or down (+1) in precedence. */
export function movePack(list: PackList, id: string, delta: -1 | 1): PackList {
  const from = list.packs.findIndex((p) => p.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.packs.length) return list;
  const packs = [...list.packs];
  [packs[from], packs[to]] = [packs[to] as PackEntry, packs[from] as PackEntry];
  return { ...list, packs };
}

export function setAutoUpdate(list: PackList, on: boolean): PackList {
  return list.autoUpdate === on ? list : { ...list, autoUpdate: on };
}

/** The entry for a pack's data, as read from a file or download that passed every check. */
export function contentFields(
  header: PackHeader | null,
  data: PackData,
  entityCount: number,
  now: Date,
): Pick<PackEntry, 'revision' | 'asOf' | 'entityCount' | 'sha256' | 'updatedAt'> & { title?: string } {
  return {
    ...(header ? { title: header.title } : {}),
    revision: header?.revision ?? null,
    asOf: data.asOf,
    entityCount,
    sha256: header?.sha256 ?? null,
    updatedAt: now.toISOString(),
  };
}

/** A pack from a file the user picked. */
export function filePack(
  id: string,
  fileName: string,
  header: PackHeader | null,
  data: PackData,
  entityCount: number,
  now: Date,
): PackEntry {
  return {
    id,
    source: { kind: 'file', fileName },
    enabled: true,
    title: fileName,
    addedAt: now.toISOString(),
    check: null,
    ...contentFields(header, data, entityCount, now),
  };
}

/** A subscription before its first download succeeded: listed with nothing in use. */
export function urlPack(id: string, url: string, now: Date): PackEntry {
  return {
    id,
    source: { kind: 'url', url },
    enabled: true,
    title: new URL(url).host,
    revision: null,
    asOf: null,
    entityCount: 0,
    sha256: null,
    addedAt: now.toISOString(),
    updatedAt: null,
    check: null,
  };
}

/** The id a migrated import gets: a new one when the user imported again with an older version. */
export const legacyPackId = (record: StoredUserDataset) => `import-${Date.parse(record.importedAt) || 0}`;

/**
 * Earlier versions kept one imported dataset (lib/dataset/stored.ts). It
 * becomes a file pack, with its data exactly as stored, unless this list
 * already holds it. The record itself stays where it was (an older version
 * still finds it) until the user removes the pack.
 */
export function migrateLegacy(list: PackList, record: StoredUserDataset, entityCount: number): { list: PackList; data: PackData } | null {
  if (list.packs.some((p) => p.legacyImportedAt === record.importedAt)) return null;
  const data = record.data as PackData;
  const asOf = typeof data?.asOf === 'string' ? data.asOf : null;
  const entry: PackEntry = {
    id: legacyPackId(record),
    source: { kind: 'file', fileName: record.fileName },
    enabled: true,
    title: record.fileName,
    revision: null,
    asOf,
    entityCount,
    sha256: null,
    addedAt: record.importedAt,
    updatedAt: record.importedAt,
    check: null,
    legacyImportedAt: record.importedAt,
  };
  return { list: addPack(list, entry), data };
}
