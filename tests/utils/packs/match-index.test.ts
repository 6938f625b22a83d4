/**
 * The packs' match index, what content scripts read: none with the bundled
 * data alone, a layer on the bundled index when packs only add entities, a
 * full index when a pack overrides a bundled entity; rebuilt when stale.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledDataset } from '@/lib/dataset/bundled';
import type { MatcherTables } from '@/lib/match/tables';
import { fullTables, pageTables, readFullIndex, readPageIndex } from '@/utils/content/knowledge';
import { ensurePacksIndex } from '@/utils/packs/match-index';
import { servePackRequest } from '@/utils/packs/service';
import { good } from '../../fixtures/packs/legacy';

const deps = () => {
  let n = 0;
  return {
    fetch: async () => Promise.reject(new Error('no network here')),
    now: () => Date.parse('2026-12-02T06:00:00Z'),
    newId: () => `p${++n}`,
  };
};
const stored = async () => (await fakeBrowser.storage.local.get('userIndex')).userIndex as { base: string | null } | undefined;
const storedHead = async () =>
  (await fakeBrowser.storage.local.get('userIndexHead')).userIndexHead as { index: string; inline: unknown } | undefined;
/** The tables a frame ends up with: from the head, or the whole index when the head says to read it (or a block needs it). */
const frameTables = async (): Promise<MatcherTables> => {
  const head = await readPageIndex();
  return pageTables(head, () => undefined) ?? fullTables(await readFullIndex(), head);
};
const ids = (t: MatcherTables) => Array.from({ length: t.entityCount }, (_, i) => t.entity(i).id);
const nameOf = (t: MatcherTables, id: string) => {
  for (let i = 0; i < t.entityCount; i++) if (t.entity(i).id === id) return t.entity(i).name;
  return undefined;
};

describe('packs match index', () => {
  it('stores none with the bundled data alone: pages use the bundled index as it ships', async () => {
    expect(await ensurePacksIndex()).toBe(false);
    expect(await stored()).toBeUndefined();
    expect(await storedHead()).toBeUndefined();
    expect((await frameTables()).entityCount).toBe(bundledDataset().entities.length);
  });

  it('layers the entities of added packs on the bundled index, once, and removes it with them', async () => {
    const d = deps();
    await servePackRequest({ type: 'packs-import', fileName: 'mine.json', text: JSON.stringify(good) }, d);
    expect(await ensurePacksIndex()).toBe(true);
    expect((await stored())?.base).not.toBeNull();
    // A small index travels in its head: a frame reads it in one go.
    expect((await storedHead())?.inline).toEqual(await stored());
    const tables = await frameTables();
    expect(ids(tables).slice(-2)).toEqual(['acme-ai', 'acme-bot']);
    expect(tables.entityCount).toBe(bundledDataset().entities.length + 2);
    // Current: nothing to rebuild.
    expect(await ensurePacksIndex()).toBe(false);
    await servePackRequest({ type: 'packs-enable', id: 'p1', on: false }, d);
    expect(await ensurePacksIndex()).toBe(true);
    expect(await stored()).toBeUndefined();
    expect(await storedHead()).toBeUndefined();
  });

  it('gives a current index written before heads existed its head, and rewrites a stale head', async () => {
    await servePackRequest({ type: 'packs-import', fileName: 'mine.json', text: JSON.stringify(good) }, deps());
    expect(await ensurePacksIndex()).toBe(true);
    const index = (await stored()) as unknown as { checksum: string };
    await fakeBrowser.storage.local.remove('userIndexHead');
    expect(await ensurePacksIndex()).toBe(true);
    expect((await storedHead())?.index).toBe(index.checksum);
    await fakeBrowser.storage.local.set({ userIndexHead: { ...(await storedHead()), index: 'another' } });
    expect(await ensurePacksIndex()).toBe(true);
    expect((await storedHead())?.index).toBe(index.checksum);
    expect(await ensurePacksIndex()).toBe(false);
    expect(ids(await frameTables()).slice(-2)).toEqual(['acme-ai', 'acme-bot']);
  });

  it('builds a full index when a pack higher in the list overrides a bundled entity', async () => {
    const qwen = bundledDataset().byId.get('qwen');
    if (!qwen) throw new Error('the bundled data has no qwen');
    const { origin: _o, asOf: _a, ...input } = qwen;
    const mine = { asOf: '2026-12-01', entities: [{ ...input, name: 'Qwen (my pack)' }] };
    await servePackRequest({ type: 'packs-import', fileName: 'qwen.json', text: JSON.stringify(mine) }, deps());
    expect(await ensurePacksIndex()).toBe(true);
    expect((await stored())?.base).toBeNull();
    const tables = await frameTables();
    expect(tables.entityCount).toBe(bundledDataset().entities.length);
    expect(nameOf(tables, 'qwen')).toBe('Qwen (my pack)');
  });
});
