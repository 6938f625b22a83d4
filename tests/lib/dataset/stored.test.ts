/** The stored record of the user's dataset, read in Node from every shape it has had. */
import { describe, expect, it } from 'vitest';
import { newRecord, readRecord, USER_DATASET_MIGRATIONS, USER_DATASET_VERSION, withValidation } from '@/lib/dataset/stored';
import { checkMigrations } from '@/lib/versioned';

const data = { asOf: '2026-04-01', entities: [] };

describe('stored user dataset', () => {
  it('has a migration to every version after the first', () => {
    expect(checkMigrations(USER_DATASET_VERSION, USER_DATASET_MIGRATIONS)).toEqual([]);
  });

  it('makes a record of an import', () => {
    expect(newRecord('mine.json', data, new Date('2026-04-02T08:00:00Z'))).toEqual({
      fileName: 'mine.json',
      importedAt: '2026-04-02T08:00:00.000Z',
      data,
    });
  });

  it('makes a record of a validated import, with its checksum and entity count', () => {
    expect(newRecord('mine.json', data, new Date('2026-04-02T08:00:00Z'), { checksum: 'abcd', entityCount: 0 })).toEqual({
      fileName: 'mine.json',
      importedAt: '2026-04-02T08:00:00.000Z',
      data,
      checksum: 'abcd',
      entityCount: 0,
    });
  });

  it('reads version 1 with or without its version (as version 2, not yet validated), version 2, and a newer one as far as it can', () => {
    const v1 = { fileName: 'mine.json', importedAt: '2026-04-01T10:00:00.000Z', data };
    expect(readRecord(v1, undefined)).toEqual({ record: v1, version: 2, newer: false });
    expect(readRecord(v1, { v: 1 })).toEqual({ record: v1, version: 2, newer: false });
    const v2 = { ...v1, checksum: '0123', entityCount: 3 };
    expect(readRecord(v2, { v: 2 })).toEqual({ record: v2, version: 2, newer: false });
    expect(readRecord({ ...v1, checksum: 7, entityCount: -1 }, { v: 2 })?.record).toEqual(v1);
    expect(readRecord({ ...v1, pinned: true }, { v: 4 })).toEqual({ record: v1, version: 4, newer: true });
  });

  it('reads odd records instead of dropping them, and nothing as nothing', () => {
    expect(readRecord(undefined, undefined)).toBeNull();
    expect(readRecord(null, { v: 1 })).toBeNull();
    expect(readRecord({ data }, undefined)).toEqual({
      record: { fileName: 'dataset.json', importedAt: '', data },
      version: 2,
      newer: false,
    });
    expect(readRecord([1, 2], undefined)?.record.data).toEqual([1, 2]);
  });

  it('marks a record validated and keeps every field it does not know', () => {
    const stored = { fileName: 'mine.json', importedAt: '', data, pinned: true, checksum: 'old' };
    expect(withValidation(stored, 'new', 2)).toEqual({ ...stored, checksum: 'new', entityCount: 2 });
    expect(stored.checksum).toBe('old');
  });
});
