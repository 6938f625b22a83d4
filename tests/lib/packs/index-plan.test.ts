/** Which index the packs in use need, and the key that tells a stale one. */
import { describe, expect, it } from 'vitest';
import { addPack, filePack, setEnabled } from '@/lib/packs/edits';
import { planIndex, stackKey } from '@/lib/packs/index-plan';
import { BUNDLED_PACK_ID, emptyList } from '@/lib/packs/store';
import { entity } from '../../support/entities';

const bundled = [entity('alibaba', 'company', ['Alibaba', '阿里巴巴']), entity('qwen', 'product', ['Qwen'])];
const mine = entity('acme', 'company', ['Acme'], { origin: 'user' });

describe('planIndex', () => {
  it('needs no index for the bundled data alone', () => {
    expect(planIndex(bundled, bundled)).toEqual({ kind: 'none' });
  });

  it('layers added entities on the bundled index when the bundled ones are intact', () => {
    expect(planIndex([...bundled, mine], bundled)).toEqual({ kind: 'extension', entities: [mine] });
  });

  it('needs a full index when a pack wins a bundled id or alias, or the bundled data is off', () => {
    const override = { ...bundled[1], origin: 'user' as const, name: 'Qwen (mine)' } as (typeof bundled)[number];
    expect(planIndex([bundled[0] as never, override], bundled).kind).toBe('full');
    const lostAlias = { ...(bundled[0] as (typeof bundled)[number]), aliases: ['Alibaba'] };
    expect(planIndex([lostAlias, bundled[1] as never, mine], bundled).kind).toBe('full');
    expect(planIndex([mine], bundled)).toEqual({ kind: 'full', entities: [mine] });
  });
});

describe('stackKey', () => {
  it('changes with the order, a switch, a new revision and the bundled index', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const list = addPack(emptyList(), filePack('a', 'a.json', null, { asOf: '2026-11-30', entities: [] }, 1, now));
    const key = stackKey(list, 'b1');
    expect(stackKey(list, 'b1')).toBe(key);
    expect(stackKey({ ...list, packs: [...list.packs].reverse() }, 'b1')).not.toBe(key);
    expect(stackKey(setEnabled(list, BUNDLED_PACK_ID, false), 'b1')).not.toBe(key);
    expect(stackKey({ ...list, packs: list.packs.map((p) => ({ ...p, updatedAt: 'later' })) }, 'b1')).not.toBe(key);
    expect(stackKey(list, 'b2')).not.toBe(key);
  });
});
