import { describe, expect, it } from 'vitest';
import { formerName, whyMarked } from '@/lib/detect/why';
import { entity } from '../../support/entities';

describe('why a name was marked', () => {
  it('names the words nearby, the page, the story, or the name itself', () => {
    expect(whyMarked({ support: 'context', cue: 'Qwen', region: 'article', text: 'Lin' })).toEqual({ kind: 'cue', cue: 'Qwen' });
    expect(whyMarked({ support: 'page', region: 'article', text: 'Meta' })).toEqual({ kind: 'page' });
    expect(whyMarked({ support: 'confident', region: 'article', text: 'Alibaba' })).toEqual({ kind: 'always', name: 'Alibaba' });
    expect(whyMarked({ support: 'confident', region: 'outside', text: 'Alibaba' })).toEqual({ kind: 'story' });
  });

  it('tells a former name from a current one', () => {
    const x = entity('x', 'media', [
      { text: 'X', caseSensitive: true },
      { text: 'Twitter', former: true },
    ]);
    expect(formerName(x, 'Twitter')).toBe('Twitter');
    expect(formerName(x, 'twitter')).toBe('Twitter');
    expect(formerName(x, 'X')).toBeNull();
  });
});
