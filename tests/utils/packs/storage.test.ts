/**
 * Packs in storage.local (the fake browser's), and the migration of the one
 * imported dataset of earlier versions into a pack: every stored shape there
 * has been becomes a pack with its data exactly as stored, nothing lost;
 * reading never writes; the background writes the migration once.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledDataset } from '@/lib/dataset/bundled';
import { BUNDLED_PACK_ID, PACKS_VERSION } from '@/lib/packs/store';
import { currentDataset, readPacksView } from '@/utils/packs/dataset';
import { changePacks, ensurePacksMigrated, readPacks } from '@/utils/packs/storage';
import { good, LEGACY_INVALID, LEGACY_SHAPES } from '../../fixtures/packs/legacy';

const local = () => fakeBrowser.storage.local.get(null);
const userIds = async () => (await currentDataset()).entities.filter((e) => e.origin === 'user').map((e) => e.id);

describe('pack storage', () => {
  it('with nothing stored, lists the bundled data alone and uses it as it is', async () => {
    const { list } = await readPacks();
    expect(list.packs.map((p) => p.id)).toEqual([BUNDLED_PACK_ID]);
    expect(await currentDataset()).toBe(bundledDataset());
    expect(await ensurePacksMigrated()).toBe(false);
    expect(await local()).toEqual({});
  });

  for (const [shape, stored] of Object.entries(LEGACY_SHAPES)) {
    it(`turns an import stored as ${shape} into a pack, losing nothing`, async () => {
      await fakeBrowser.storage.local.set(stored);
      // Read before the migration is written: the pack is there already, and nothing is written.
      const before = await readPacks();
      expect(before.list.packs.map((p) => [p.source, p.title, p.entityCount])).toEqual([
        [{ kind: 'file', fileName: 'mine.json' }, 'mine.json', 2],
        [{ kind: 'bundled' }, 'Newslens', 0],
      ]);
      expect(await userIds()).toEqual(['acme-ai', 'acme-bot']);
      expect(await local()).toEqual(stored);

      expect(await ensurePacksMigrated()).toBe(true);
      const after = await local();
      const id = before.list.packs[0]?.id as string;
      expect(after[`pack:${id}`]).toEqual(good);
      expect(after.packs$).toEqual({ v: PACKS_VERSION });
      expect(after.packs).toMatchObject({
        autoUpdate: true,
        packs: [
          { id, addedAt: '2026-04-01T10:00:00.000Z', legacyImportedAt: '2026-04-01T10:00:00.000Z', enabled: true, asOf: '2026-04-01' },
          { id: BUNDLED_PACK_ID },
        ],
      });
      // The old record stays for an older Newslens that may still read it.
      for (const key of Object.keys(stored)) expect(after[key]).toEqual(stored[key]);
      expect(await userIds()).toEqual(['acme-ai', 'acme-bot']);
      // Once written, it is not migrated again.
      expect(await ensurePacksMigrated()).toBe(false);
      expect((await readPacks()).list.packs).toHaveLength(2);
    });
  }

  it('keeps an import this version cannot use, says why, and marks none of it', async () => {
    await fakeBrowser.storage.local.set(LEGACY_INVALID);
    await ensurePacksMigrated();
    const view = await readPacksView();
    expect(view.status[0]).toMatchObject({ state: 'invalid' });
    expect(view.status[0]?.problems).toContain('entity "acme-ai", field title: is not a known field');
    expect((await local())[`pack:${view.snapshot.list.packs[0]?.id}`]).toEqual(LEGACY_INVALID.userDataset.data);
    expect(await userIds()).toEqual([]);
  });

  it('removes the old record with the pack made from it, when the user removes that pack', async () => {
    await fakeBrowser.storage.local.set(LEGACY_SHAPES['version 1, with its version (ground, issue 10)'] as object);
    await ensurePacksMigrated();
    const id = (await readPacks()).list.packs[0]?.id as string;
    await changePacks((s) => ({ list: { ...s.list, packs: s.list.packs.filter((p) => p.id !== id) }, result: undefined }));
    const after = await local();
    expect(Object.keys(after).sort()).toEqual(['packs', 'packs$']);
    expect(await userIds()).toEqual([]);
  });

  it('migrates again an import made later with an older version', async () => {
    await fakeBrowser.storage.local.set(LEGACY_SHAPES['version 1, with its version (ground, issue 10)'] as object);
    await ensurePacksMigrated();
    await fakeBrowser.storage.local.set({ userDataset: { fileName: 'again.json', importedAt: '2026-06-01T00:00:00.000Z', data: good } });
    await ensurePacksMigrated();
    expect((await readPacks()).list.packs.map((p) => p.title)).toEqual(['again.json', 'mine.json', 'Newslens']);
  });

  it('reads a list saved by a newer version and writes back what it does not know', async () => {
    await fakeBrowser.storage.local.set({
      packs: {
        autoUpdate: false,
        sync: 'weekly',
        packs: [
          { id: 'p1', source: { kind: 'file', fileName: 'a.json' }, title: 'A', pinned: true, entityCount: 2, enabled: true },
          { id: 'bundled', source: { kind: 'bundled' }, enabled: true },
          { id: 'p9', source: { kind: 'ipfs', cid: 'x' }, title: 'Later' },
        ],
      },
      packs$: { v: 5 },
      'pack:p1': good,
    });
    const read = await readPacks();
    expect(read.newer).toBe(true);
    expect(read.list.packs.map((p) => p.id)).toEqual(['p1', 'bundled']);
    expect(await userIds()).toEqual(['acme-ai', 'acme-bot']);
    await changePacks((s) => ({ list: { ...s.list, autoUpdate: true }, result: undefined }));
    const after = await local();
    expect(after.packs$).toEqual({ v: 5 });
    expect(after.packs).toMatchObject({
      sync: 'weekly',
      autoUpdate: true,
      packs: [{ id: 'p1', pinned: true }, { id: 'bundled' }, { id: 'p9', source: { kind: 'ipfs', cid: 'x' } }],
    });
  });
});
