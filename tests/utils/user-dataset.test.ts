/**
 * The user's dataset in storage.local (the fake browser's): stored with its
 * version, read without writing, used when this version can, and otherwise
 * kept (never dropped) until the user replaces or removes it. The stored
 * shapes below are every one there has been, plus made-up newer ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { USER_DATASET_VERSION } from '@/lib/dataset/stored';
import { checkStored, currentDataset, importUserDataset, readUserDataset, removeUserDataset } from '@/utils/user-dataset';

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

describe('user dataset store', () => {
  it('imports a file with its version, in one write', async () => {
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    const result = await importUserDataset(goodText, 'mine.json', new Date('2026-04-02T08:00:00Z'));
    expect(result.ok).toBe(true);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(await local()).toEqual({
      userDataset: { fileName: 'mine.json', importedAt: '2026-04-02T08:00:00.000Z', data: good },
      userDataset$: { v: USER_DATASET_VERSION },
    });
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
    const stored = { userDataset: { fileName: 'new.json', importedAt: '2027-01-01T00:00:00.000Z', data: newer }, userDataset$: { v: 2 } };
    await fakeBrowser.storage.local.set(stored);
    const read = await readUserDataset();
    expect(read?.newer).toBe(true);
    const checked = checkStored(read as NonNullable<typeof read>);
    expect(checked.ok).toBe(false);
    expect(await userIds()).toEqual([]); // the bundled data still works
    expect(await local()).toEqual(stored);

    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set({ userDataset: { fileName: 'old.json', data: { entities: 'none' } } });
    const odd = await readUserDataset();
    expect(odd).toEqual({ record: { fileName: 'old.json', importedAt: '', data: { entities: 'none' } }, version: 1, newer: false });
    expect(checkStored(odd as NonNullable<typeof odd>).ok).toBe(false);
  });

  it('reads nothing stored as nothing, and removes the dataset and its version only when asked', async () => {
    expect(await readUserDataset()).toBeNull();
    await importUserDataset(goodText, 'mine.json');
    await removeUserDataset();
    expect(await local()).toEqual({});
    expect(await userIds()).toEqual([]);
  });
});
