/**
 * The user's imported dataset as kept in storage (storage.local, key
 * `userDataset`, its version in the meta key `userDataset$` = { v }). A
 * record without a version is version 1.
 *
 * Version 1: { fileName: string, importedAt: ISO date and time, data: the
 * imported JSON as it was accepted }.
 * Version 2 adds, once this version has validated `data`: `checksum`
 * (datasetChecksum of `data`) and `entityCount`. A record without them is
 * validated again (and then given them) before it is trusted; the compiled
 * match index built from it lives beside it, under its own key.
 *
 * A stored record is never dropped for being old, new or odd: it is read as
 * far as this version can, and kept until the user replaces or removes it.
 * When the shape must change, bump USER_DATASET_VERSION and add a migration
 * (pure, keeping fields it does not handle) and a fixture of the old shape.
 */
import { type Migrations, migrate, versionOf } from '../versioned';

export const USER_DATASET_VERSION = 2;

export const USER_DATASET_MIGRATIONS: Migrations<Readonly<Record<string, unknown>>> = {
  // Version 1 has no checksum: it stays without one (unvalidated) until the background validates it again.
  2: (v1) => ({ ...v1 }),
};

export interface StoredUserDataset {
  fileName: string;
  importedAt: string;
  data: unknown;
  /** datasetChecksum of `data`, written when this version validated it (absent: validate before use). */
  checksum?: string;
  /** How many entities `data` holds, counted when it was validated. */
  entityCount?: number;
}

export interface ReadRecord {
  record: StoredUserDataset;
  /** The version the record is in after migration (its own, when it is newer). */
  version: number;
  /** Saved by a newer version of Newslens. */
  newer: boolean;
}

/** A new record for an import that was just validated. */
export function newRecord(
  fileName: string,
  data: unknown,
  now: Date,
  validated?: { checksum: string; entityCount: number },
): StoredUserDataset {
  const record: StoredUserDataset = { fileName, importedAt: now.toISOString(), data };
  if (validated) {
    record.checksum = validated.checksum;
    record.entityCount = validated.entityCount;
  }
  return record;
}

/** `raw` (a stored record, every field kept) with the marks of a validation by this version. */
export function withValidation(raw: unknown, checksum: string, entityCount: number): Record<string, unknown> {
  const object = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : { data: raw };
  return { ...object, checksum, entityCount };
}

/** What a stored value holds, or null when nothing is stored. Never fails: odd fields read as blanks. */
export function readRecord(raw: unknown, meta: unknown): ReadRecord | null {
  if (raw === undefined || raw === null) return null;
  const object = typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : { data: raw };
  const migrated = migrate(object, versionOf(meta), USER_DATASET_VERSION, USER_DATASET_MIGRATIONS);
  const value = migrated.value;
  const record: StoredUserDataset = {
    fileName: typeof value.fileName === 'string' && value.fileName !== '' ? value.fileName : 'dataset.json',
    importedAt: typeof value.importedAt === 'string' ? value.importedAt : '',
    data: value.data,
  };
  if (typeof value.checksum === 'string') record.checksum = value.checksum;
  if (typeof value.entityCount === 'number' && Number.isInteger(value.entityCount) && value.entityCount >= 0)
    record.entityCount = value.entityCount;
  return { record, version: migrated.version, newer: migrated.newer };
}
