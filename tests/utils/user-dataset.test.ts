/**
 * The user's dataset in storage.local (the fake browser's): stored with its
 * version, checksum and compiled index, read without writing, used when this
 * version can, and otherwise kept (never dropped) until the user replaces or
 * removes it. The stored shapes below are every one there has been, plus
 * made-up newer ones. Its index: trusted when current, rebuilt when stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { datasetChecksum } from '@/lib/dataset/checksum';
import { USER_DATASET_VERSION } from '@/lib/dataset/stored';
import { INDEX_FORMAT, layered, loadIndex, seal } from '@/lib/match/compiled';
import { Matcher } from '@/lib/match/matcher';
import { bundledIndex } from '@/utils/bundled-index';
import {
  checkStored,
  currentDataset,
  ensureUserIndex,
  importUserDataset,
  readUserDataset,
  removeUserDataset,
  storedState,
} from '@/utils/user-dataset';

const goodText = readFileSync(join(import.meta.dirname, '../fixtures/datasets/good.json'), 'utf8');
const good = JSON.parse(goodText) as { entities: Array<Record<string, unknown>> };
const local = () => fakeBrowser.storage.local.get(null);
const userIds = async () => (await currentDataset()).entities.filter((e) => e.origin === 'user').map((e) => e.id);

/** What storage.local held after an import, by version. */
const SHAPES: Record<string, Record<string, unknown>> = {
  'version 1, as the first builds wrote it (no version stored)': {
    userDataset: { fileName: 'mine.json', importedAt: '2026-04-01T10:00:00.000Z', data: good },
  },
  'version 1, with its version': {
    userDataset: { fileName: 'mine.json', importedAt: '2026-04-01T10:00:00.000Z', data: good },
    userDataset$: { v: 1 },
  },
  'a newer version whose data this one can use': {
    userDataset: { fileName: 'mine.json', importedAt: '2026-04-01T10:00:00.000Z', data: good, source: 'pack', pinned: true },
    userDataset$: { v: 3 },
  },
};
const checksum = datasetChecksum(good);
const local1 = async (key: string) => (await fakeBrowser.storage.local.get(key))[key] as Record<string, unknown> | undefined;

/** What a page would match with the stored index, layered as the content script layers it. */
async function pageMatcher(): Promise<Matcher | null> {
  const base = bundledIndex();
  const user = loadIndex(await local1('userIndex'), { base: base.dataset });
  return user.ok ? new Matcher(layered(base, user)) : null;
}
const found = (m: Matcher | null, text: string) => m?.matchBlock(text).hits.map((h) => m.entity(h.entity).id) ?? null;

describe('user dataset store', () => {
  it('imports a file with its version, checksum and index, in one write', async () => {
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    const result = await importUserDataset(goodText, 'mine.json', new Date('2026-04-02T08:00:00Z'));
    expect(result.ok).toBe(true);
    expect(writes).toHaveBeenCalledTimes(1);
    const { userIndex, ...rest } = await local();
    expect(rest).toEqual({
      userDataset: { fileName: 'mine.json', importedAt: '2026-04-02T08:00:00.000Z', data: good, checksum, entityCount: 2 },
      userDataset$: { v: USER_DATASET_VERSION },
    });
    expect((userIndex as { format?: number }).format).toBe(INDEX_FORMAT);
    expect(await userIds()).toEqual(['acme-ai', 'acme-bot']);
  });

  it('stores nothing, and keeps what was there, when an import is refused', async () => {
    await importUserDataset(goodText, 'mine.json');
    const before = await local();
    const result = await importUserDataset('{"entities": [{"id": "x"}]}', 'broken.json');
    expect(result.ok).toBe(false);
    expect(await local()).toEqual(before);
  });

  for (const [shape, stored] of Object.entries(SHAPES)) {
    it(`uses ${shape}, and reading it writes nothing`, async () => {
      await fakeBrowser.storage.local.set(stored);
      const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
      const read = await readUserDataset();
      expect(read?.record).toEqual({ fileName: 'mine.json', importedAt: '2026-04-01T10:00:00.000Z', data: good });
      expect(read?.newer).toBe(Number((stored.userDataset$ as { v?: number } | undefined)?.v ?? 1) > USER_DATASET_VERSION);
      expect(await userIds()).toEqual(['acme-ai', 'acme-bot']);
      expect(writes).not.toHaveBeenCalled();
      expect(await local()).toEqual(stored);
    });
  }

  it('keeps a dataset it cannot use, from a newer version or not, and says why', async () => {
    const newer = { ...good, entities: good.entities.map((e) => ({ ...e, pack: 'ai-labs' })) }; // a field this version does not know
    const stored = { userDataset: { fileName: 'new.json', importedAt: '2027-01-01T00:00:00.000Z', data: newer }, userDataset$: { v: 3 } };
    await fakeBrowser.storage.local.set(stored);
    const read = await readUserDataset();
    expect(read?.newer).toBe(true);
    const checked = checkStored(read as NonNullable<typeof read>);
    expect(checked.ok).toBe(false);
    expect(storedState(read as NonNullable<typeof read>)).toMatchObject({ state: 'newer' });
    expect(await userIds()).toEqual([]); // the bundled data still works
    expect(await ensureUserIndex()).toBe(false); // no index for it, and the record left as the newer version wrote it
    expect(await local()).toEqual(stored);

    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set({ userDataset: { fileName: 'old.json', data: { entities: 'none' } } });
    const odd = await readUserDataset();
    expect(odd).toEqual({ record: { fileName: 'old.json', importedAt: '', data: { entities: 'none' } }, version: 2, newer: false });
    expect(checkStored(odd as NonNullable<typeof odd>).ok).toBe(false);
  });

  it('reads nothing stored as nothing, and removes the dataset and its version only when asked', async () => {
    expect(await readUserDataset()).toBeNull();
    await importUserDataset(goodText, 'mine.json');
    await removeUserDataset();
    expect(await local()).toEqual({});
    expect(await userIds()).toEqual([]);
  });

  it('is trusted when read back with a matching checksum (not validated again), and validated again otherwise', async () => {
    const data = structuredClone(good);
    // Valid when imported, invalid now (its id has since become a bundled one): trusted as imported.
    (data.entities[0] as Record<string, unknown>).id = 'alibaba';
    await fakeBrowser.storage.local.set({
      userDataset: { fileName: 'x.json', importedAt: '2026-01-01', data, checksum: datasetChecksum(data) },
    });
    expect((await currentDataset()).entities.filter((e) => e.origin === 'user').map((e) => e.id)).toEqual(['alibaba', 'acme-bot']);
    // Without a checksum (an older version stored it), it is validated, and refused.
    await fakeBrowser.storage.local.set({ userDataset: { fileName: 'x.json', importedAt: '2026-01-01', data } });
    expect((await currentDataset()).entities.some((e) => e.origin === 'user')).toBe(false);
    // A changed file no longer matches its checksum, and is validated too.
    const edited = structuredClone(good);
    await fakeBrowser.storage.local.set({ userDataset: { fileName: 'x.json', importedAt: '2026-01-01', data: edited, checksum: 'ffff' } });
    expect((await currentDataset()).entities.filter((e) => e.origin === 'user').map((e) => e.id)).toEqual(['acme-ai', 'acme-bot']);
  });

  describe('its index', () => {
    it('is left alone when current', async () => {
      await importUserDataset(goodText, 'mine.json');
      const before = await local1('userIndex');
      expect(await ensureUserIndex()).toBe(false);
      expect(await local1('userIndex')).toEqual(before);
    });

    it('is built for a dataset stored by an older version (no checksum, no index)', async () => {
      await fakeBrowser.storage.local.set({ userDataset: { fileName: 'old.json', importedAt: '2025-01-01', data: structuredClone(good) } });
      expect(await pageMatcher()).toBeNull();
      expect(await ensureUserIndex()).toBe(true);
      expect((await readUserDataset())?.record.checksum).toBe(datasetChecksum(structuredClone(good)));
      expect(found(await pageMatcher(), 'AcmeBot')).toEqual(['acme-bot']);
    });

    it('is rebuilt when stale: another format, another bundled base, another dataset, damaged', async () => {
      await importUserDataset(goodText, 'mine.json');
      const index = (await local1('userIndex')) as unknown as Parameters<typeof seal>[0];
      const stale = {
        'older format': seal({ ...index, format: INDEX_FORMAT - 1 }),
        'other bundled data': seal({ ...index, base: '0123456789abcdef' }),
        'other dataset': seal({ ...index, dataset: '0123456789abcdef' }),
        damaged: { ...index, patternText: `${index.patternText} ` },
      };
      for (const [why, raw] of Object.entries(stale)) {
        await fakeBrowser.storage.local.set({ userIndex: raw });
        // A page refuses all but the one it cannot tell (which dataset it came from is the background's check).
        expect(await pageMatcher(), why).toSatisfy((m: Matcher | null) => (why === 'other dataset' ? m !== null : m === null));
        expect(await ensureUserIndex(), why).toBe(true);
        expect(await local1('userIndex'), why).toEqual(index);
        expect(found(await pageMatcher(), 'AcmeBot')).toEqual(['acme-bot']);
      }
    });

    it('is removed when there is no dataset, or when the dataset no longer validates', async () => {
      await importUserDataset(goodText, 'mine.json');
      const index = await local1('userIndex');
      await fakeBrowser.storage.local.remove('userDataset');
      expect(await ensureUserIndex()).toBe(true);
      expect(await local1('userIndex')).toBeUndefined();
      const data = structuredClone(good);
      (data.entities[0] as Record<string, unknown>).id = 'alibaba';
      await fakeBrowser.storage.local.set({ userDataset: { fileName: 'x.json', importedAt: '2026-01-01', data }, userIndex: index });
      expect(await ensureUserIndex()).toBe(true);
      expect(await local1('userIndex')).toBeUndefined();
      expect(await readUserDataset()).not.toBeNull(); // the file is kept: the user can still export it
    });
  });
});
