/** The stored pack list: read without failing, the bundled entry always there once, unknown fields kept; and the pure edits. */
import { describe, expect, it } from 'vitest';
import { addPack, filePack, migrateLegacy, movePack, removePack, setAutoUpdate, setEnabled, urlPack } from '@/lib/packs/edits';
import { BUNDLED_PACK_ID, emptyList, type PackList, readPackList, wantsUpdateChecks } from '@/lib/packs/store';

const now = new Date('2026-12-01T00:00:00Z');
const data = { asOf: '2026-11-30', entities: [] };
const ids = (list: PackList) => list.packs.map((p) => p.id);
const three = () => addPack(addPack(emptyList(), filePack('a', 'a.json', null, data, 1, now)), urlPack('b', 'https://x.test/p.json', now));

describe('readPackList', () => {
  it('reads nothing stored as no list', () => {
    expect(readPackList(undefined, undefined)).toBeNull();
    expect(readPackList('junk', undefined)).toBeNull();
  });

  it('adds the bundled entry when it is missing and keeps it once', () => {
    const read = readPackList({ packs: [{ id: 'a', source: { kind: 'file', fileName: 'a.json' } }, 7, { id: 'a' }] }, { v: 1 });
    expect(read?.list.packs.map((p) => [p.id, p.title, p.enabled])).toEqual([
      ['a', 'a.json', true],
      [BUNDLED_PACK_ID, 'Newslens', true],
    ]);
    expect(read?.unreadable).toEqual([7, { id: 'a' }]);
  });

  it('reads odd fields as blanks, and a check record without an outcome as failed', () => {
    const read = readPackList(
      { autoUpdate: 'yes', packs: [{ id: 'u', source: { kind: 'url', url: 'https://x.test/p.json' }, revision: -2, check: { etag: 5 } }] },
      undefined,
    );
    expect(read?.list.autoUpdate).toBe(true);
    expect(read?.list.packs[0]).toMatchObject({
      title: 'https://x.test/p.json',
      revision: null,
      check: { outcome: 'failed', etag: undefined },
    });
  });
});

describe('pack edits', () => {
  it('puts a new pack first, so it wins until the user reorders', () => {
    expect(ids(three())).toEqual(['b', 'a', BUNDLED_PACK_ID]);
  });

  it('moves packs within the list, and not past its ends', () => {
    const list = three();
    expect(ids(movePack(list, 'b', 1))).toEqual(['a', 'b', BUNDLED_PACK_ID]);
    expect(ids(movePack(list, BUNDLED_PACK_ID, -1))).toEqual(['b', BUNDLED_PACK_ID, 'a']);
    expect(movePack(list, 'b', -1)).toBe(list);
    expect(movePack(list, BUNDLED_PACK_ID, 1)).toBe(list);
  });

  it('never removes the bundled data; switches any pack off and on', () => {
    const list = three();
    expect(removePack(list, BUNDLED_PACK_ID)).toBe(list);
    expect(ids(removePack(list, 'a'))).toEqual(['b', BUNDLED_PACK_ID]);
    const off = setEnabled(list, BUNDLED_PACK_ID, false);
    expect(off.packs[2]?.enabled).toBe(false);
    expect(setEnabled(off, BUNDLED_PACK_ID, false)).toBe(off);
  });

  it('wants the update alarm only with a subscription and checks on', () => {
    expect(wantsUpdateChecks(emptyList())).toBe(false);
    expect(wantsUpdateChecks(addPack(emptyList(), filePack('a', 'a.json', null, data, 1, now)))).toBe(false);
    expect(wantsUpdateChecks(three())).toBe(true);
    expect(wantsUpdateChecks(setAutoUpdate(three(), false))).toBe(false);
  });

  it('migrates an earlier import once, keeping its data exactly, and marks where it came from', () => {
    const record = {
      fileName: 'mine.json',
      importedAt: '2026-04-01T10:00:00.000Z',
      data: { asOf: '2026-04-01', entities: [{ id: 'x' }], extra: 1 },
    };
    const migrated = migrateLegacy(emptyList(), record, 1);
    expect(migrated?.data).toBe(record.data);
    expect(migrated?.list.packs[0]).toMatchObject({
      title: 'mine.json',
      entityCount: 1,
      asOf: '2026-04-01',
      legacyImportedAt: record.importedAt,
    });
    expect(migrateLegacy(migrated?.list as PackList, record, 1)).toBeNull();
  });
});
