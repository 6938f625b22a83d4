/** The stored record of the user's dataset, read in Node from every shape it has had. */
import { describe, expect, it } from 'vitest';
import { newRecord, readRecord, USER_DATASET_MIGRATIONS, USER_DATASET_VERSION } from '@/lib/dataset/stored';
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

  it('reads version 1 with or without its version, and a newer one as far as it can', () => {
    const v1 = { fileName: 'mine.json', importedAt: '2026-04-01T10:00:00.000Z', data };
    expect(readRecord(v1, undefined)).toEqual({ record: v1, version: 1, newer: false });
    expect(readRecord(v1, { v: 1 })).toEqual({ record: v1, version: 1, newer: false });
    expect(readRecord({ ...v1, pinned: true }, { v: 4 })).toEqual({ record: v1, version: 4, newer: true });
  });

  it('reads odd records instead of dropping them, and nothing as nothing', () => {
    expect(readRecord(undefined, undefined)).toBeNull();
    expect(readRecord(null, { v: 1 })).toBeNull();
    expect(readRecord({ data }, undefined)).toEqual({
      record: { fileName: 'dataset.json', importedAt: '', data },
      version: 1,
      newer: false,
    });
    expect(readRecord([1, 2], undefined)?.record.data).toEqual([1, 2]);
  });
});
