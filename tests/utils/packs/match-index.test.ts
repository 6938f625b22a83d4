/**
 * The packs' match index, what content scripts read: none with the bundled
 * data alone, a layer on the bundled index when packs only add entities, a
 * full index when a pack overrides a bundled entity; rebuilt when stale.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledDataset } from '@/lib/dataset/bundled';
import type { MatcherTables } from '@/lib/match/tables';
import { pageTables, readPageIndex } from '@/utils/content/knowledge';
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
const ids = (t: MatcherTables) => Array.from({ length: t.entityCount }, (_, i) => t.entity(i).id);
const nameOf = (t: MatcherTables, id: string) => {
  for (let i = 0; i < t.entityCount; i++) if (t.entity(i).id === id) return t.entity(i).name;
  return undefined;
};

describe('packs match index', () => {
  it('stores none with the bundled data alone: pages use the bundled index as it ships', async () => {
    expect(await ensurePacksIndex()).toBe(false);
    expect(await stored()).toBeUndefined();
    expect(pageTables(await readPageIndex()).entityCount).toBe(bundledDataset().entities.length);
  });

  it('layers the entities of added packs on the bundled index, once, and removes it with them', async () => {
    const d = deps();
    await servePackRequest({ type: 'packs-import', fileName: 'mine.json', text: JSON.stringify(good) }, d);
    expect(await ensurePacksIndex()).toBe(true);
    expect((await stored())?.base).not.toBeNull();
    const tables = pageTables(await readPageIndex());
    expect(ids(tables).slice(-2)).toEqual(['acme-ai', 'acme-bot']);
    expect(tables.entityCount).toBe(bundledDataset().entities.length + 2);
    // Current: nothing to rebuild.
    expect(await ensurePacksIndex()).toBe(false);
    await servePackRequest({ type: 'packs-enable', id: 'p1', on: false }, d);
    expect(await ensurePacksIndex()).toBe(true);
    expect(await stored()).toBeUndefined();
  });

  it('builds a full index when a pack higher in the list overrides a bundled entity', async () => {
    const qwen = bundledDataset().byId.get('qwen');
    if (!qwen) throw new Error('the bundled data has no qwen');
    const { origin: _o, asOf: _a, ...input } = qwen;
    const mine = { asOf: '2026-12-01', entities: [{ ...input, name: 'Qwen (my pack)' }] };
    await servePackRequest({ type: 'packs-import', fileName: 'qwen.json', text: JSON.stringify(mine) }, deps());
    expect(await ensurePacksIndex()).toBe(true);
    expect((await stored())?.base).toBeNull();
    const tables = pageTables(await readPageIndex());
    expect(tables.entityCount).toBe(bundledDataset().entities.length);
    expect(nameOf(tables, 'qwen')).toBe('Qwen (my pack)');
  });
});
