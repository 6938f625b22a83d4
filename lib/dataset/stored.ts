/**
 * The user's imported dataset as kept in storage (storage.local, key
 * `userDataset`, its version in the meta key `userDataset$` = { v }). A
 * record without a version is version 1.
 *
 * Version 1: { fileName: string, importedAt: ISO date and time, data: the
 * imported JSON as it was accepted }.
 *
 * A stored record is never dropped for being old, new or odd: it is read as
 * far as this version can, and kept until the user replaces or removes it.
 * When the shape must change, bump USER_DATASET_VERSION and add a migration
 * (pure, keeping fields it does not handle) and a fixture of the old shape.
 */
import { type Migrations, migrate, versionOf } from '../versioned';

export const USER_DATASET_VERSION = 1;

export const USER_DATASET_MIGRATIONS: Migrations<Readonly<Record<string, unknown>>> = {};

export interface StoredUserDataset {
  fileName: string;
  importedAt: string;
  data: unknown;
}

export interface ReadRecord {
  record: StoredUserDataset;
  /** The version the record is in after migration (its own, when it is newer). */
  version: number;
  /** Saved by a newer version of Newslens. */
  newer: boolean;
}

/** A new record for an import. */
export function newRecord(fileName: string, data: unknown, now: Date): StoredUserDataset {
  return { fileName, importedAt: now.toISOString(), data };
}

/** What a stored value holds, or null when nothing is stored. Never fails: odd fields read as blanks. */
export function readRecord(raw: unknown, meta: unknown): ReadRecord | null {
  if (raw === undefined || raw === null) return null;
  const object = typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : { data: raw };
  const migrated = migrate(object, versionOf(meta), USER_DATASET_VERSION, USER_DATASET_MIGRATIONS);
  const value = migrated.value;
  return {
    record: {
      fileName: typeof value.fileName === 'string' && value.fileName !== '' ? value.fileName : 'dataset.json',
      importedAt: typeof value.importedAt === 'string' ? value.importedAt : '',
      data: value.data,
    },
    version: migrated.version,
    newer: migrated.newer,
  };
}
