import { describe, expect, it } from 'vitest';
import { addMute, mutedOn, removeMute } from '@/lib/mutes/mutes';

describe('mutes', () => {
  const here = { entity: 'x', alias: 'X', site: 'engadget.com' };
  const everywhere = { entity: 'apple', alias: 'Apple', site: null };

  it('mute an alias of one entity on one site, or everywhere', () => {
    const muted = mutedOn([here, everywhere], 'engadget.com');
    expect([muted('x', 'X'), muted('apple', 'Apple'), muted('x', 'Twitter'), muted('meta', 'X')]).toEqual([true, true, false, false]);
    const elsewhere = mutedOn([here, everywhere], 'theverge.com');
    expect([elsewhere('x', 'X'), elsewhere('apple', 'Apple')]).toEqual([false, true]);
  });

  it('compare aliases as the matcher does (case, Chinese script)', () => {
    const muted = mutedOn([{ entity: 'zhipu', alias: '智谱', site: null }], 'a.com');
    expect(muted('zhipu', '智譜')).toBe(true);
    expect(mutedOn([{ entity: 'x', alias: 'Twitter', site: null }], 'a.com')('x', 'twitter')).toBe(true);
  });

  it('add once and remove exactly the one undone', () => {
    const list = addMute(addMute([here], here), everywhere);
    expect(list).toEqual([here, everywhere]);
    expect(removeMute(list, here)).toEqual([everywhere]);
    expect(removeMute(list, { ...here, site: null })).toEqual([here, everywhere]);
  });
});
