/**
 * The user's dataset in storage.local (WXT's fake browser): validated once at
 * import and stored with its checksum and compiled index in one write; read
 * back trusted when the checksum matches; the index rebuilt when it is stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { datasetChecksum } from '@/lib/dataset/checksum';
import { INDEX_FORMAT, layered, loadIndex, seal } from '@/lib/match/compiled';
import { Matcher } from '@/lib/match/matcher';
import { bundledIndex } from '@/utils/bundled-index';
import { currentDataset, ensureUserIndex, importUserDataset, readUserDataset, removeUserDataset } from '@/utils/user-dataset';

const good = readFileSync(join(import.meta.dirname, '../fixtures/datasets/good.json'), 'utf8');
const local = async (key: string) => (await fakeBrowser.storage.local.get(key))[key] as Record<string, unknown> | undefined;

/** What a page would match with the stored index, layered as the content script layers it. */
async function pageMatcher(): Promise<Matcher | null> {
  const base = bundledIndex();
  const user = loadIndex(await local('userIndex'), { base: base.dataset });
  return user.ok ? new Matcher(layered(base, user)) : null;
}
const found = (m: Matcher | null, text: string) => m?.matchBlock(text).hits.map((h) => m.entity(h.entity).id) ?? null;

describe('the user dataset', () => {
  it('is stored at import with its checksum, entity count and a compiled index a page can use', async () => {
    const result = await importUserDataset(good, 'mine.json');
    expect(result.ok).toBe(true);
    const stored = await readUserDataset();
    expect(stored).toMatchObject({ fileName: 'mine.json', entityCount: 2, checksum: datasetChecksum(JSON.parse(good)) });
    expect((await local('userIndex'))?.format).toBe(INDEX_FORMAT);
    expect(found(await pageMatcher(), 'Acme AI ships AcmeBot on Alibaba Cloud.')).toEqual(['acme-ai', 'acme-bot', 'alibaba-cloud']);
    await removeUserDataset();
    expect(await local('userDataset')).toBeUndefined();
    expect(await local('userIndex')).toBeUndefined();
  });

  it('stores nothing when the import is invalid', async () => {
    const result = await importUserDataset('{"asOf": "2026-01-01", "entities": [{"id": "Bad Id"}]}', 'bad.json');
    expect(result.ok).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('is trusted when read back with a matching checksum (not validated again), and validated again otherwise', async () => {
    const data = JSON.parse(good);
    // Valid when imported, invalid now (its id has since become a bundled one): trusted as imported.
    data.entities[0].id = 'alibaba';
    await fakeBrowser.storage.local.set({
      userDataset: { fileName: 'x.json', importedAt: '2026-01-01', data, checksum: datasetChecksum(data) },
    });
    expect((await currentDataset()).entities.filter((e) => e.origin === 'user').map((e) => e.id)).toEqual(['alibaba', 'acme-bot']);
    // Without a checksum (an older version stored it), it is validated, and refused.
    await fakeBrowser.storage.local.set({ userDataset: { fileName: 'x.json', importedAt: '2026-01-01', data } });
    expect((await currentDataset()).entities.some((e) => e.origin === 'user')).toBe(false);
    // A changed file no longer matches its checksum, and is validated too.
    const edited = JSON.parse(good);
    await fakeBrowser.storage.local.set({ userDataset: { fileName: 'x.json', importedAt: '2026-01-01', data: edited, checksum: 'ffff' } });
    expect((await currentDataset()).entities.filter((e) => e.origin === 'user').map((e) => e.id)).toEqual(['acme-ai', 'acme-bot']);
  });

  describe('its index', () => {
    it('is left alone when current', async () => {
      await importUserDataset(good, 'mine.json');
      const before = await local('userIndex');
      expect(await ensureUserIndex()).toBe(false);
      expect(await local('userIndex')).toEqual(before);
    });

    it('is built for a dataset stored by an older version (no checksum, no index)', async () => {
      await fakeBrowser.storage.local.set({ userDataset: { fileName: 'old.json', importedAt: '2025-01-01', data: JSON.parse(good) } });
      expect(await pageMatcher()).toBeNull();
      expect(await ensureUserIndex()).toBe(true);
      expect((await readUserDataset())?.checksum).toBe(datasetChecksum(JSON.parse(good)));
      expect(found(await pageMatcher(), 'AcmeBot')).toEqual(['acme-bot']);
    });

    it('is rebuilt when stale: another format, another bundled base, another dataset, damaged', async () => {
      await importUserDataset(good, 'mine.json');
      const index = (await local('userIndex')) as unknown as Parameters<typeof seal>[0];
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
        expect(await local('userIndex'), why).toEqual(index);
        expect(found(await pageMatcher(), 'AcmeBot')).toEqual(['acme-bot']);
      }
    });

    it('is removed when there is no dataset, or when the dataset no longer validates', async () => {
      await importUserDataset(good, 'mine.json');
      const index = await local('userIndex');
      await fakeBrowser.storage.local.remove('userDataset');
      expect(await ensureUserIndex()).toBe(true);
      expect(await local('userIndex')).toBeUndefined();
      const data = JSON.parse(good);
      data.entities[0].id = 'alibaba';
      await fakeBrowser.storage.local.set({ userDataset: { fileName: 'x.json', importedAt: '2026-01-01', data }, userIndex: index });
      expect(await ensureUserIndex()).toBe(true);
      expect(await local('userIndex')).toBeUndefined();
      expect(await readUserDataset()).not.toBeNull(); // the file is kept: the user can still export it
    });
  });
});
