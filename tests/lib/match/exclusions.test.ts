import { describe, expect, it } from 'vitest';
import { parseExclusion } from '@/lib/dataset/exclusion-pattern';
import { Matcher } from '@/lib/match/matcher';
import { foldForMatch } from '@/lib/text/normalize';
import { entity } from '../../support/entities';

const x = entity('x', 'media', [{ text: 'X', caseSensitive: true, needsContext: true, exclude: ['{Name} X', 'X {number}'] }], {
  context: ['posted', 'tweet'],
});
const matcher = new Matcher([x]);
const found = (text: string) => matcher.matchBlock(text).hits.map((h) => text.slice(h.start, h.end));

describe('exclusion patterns', () => {
  it('drop a letter after a product name, wherever it comes', () => {
    for (const text of [
      'He posted that the Xbox One X is out.',
      'He posted about the Xbox Series X today.',
      'She posted a photo of her Tesla Model X.',
      'They posted on launch day of the iPhone X.',
    ])
      expect(found(text), text).toEqual([]);
  });

  it('keep the letter where it is the platform, even at the start of a sentence or after a possessive', () => {
    expect(found('On X, Musk posted a long thread.')).toEqual(['X']);
    expect(found('He posted it on X yesterday.')).toEqual(['X']);
    expect(found('Musk’s X posted record usage.')).toEqual(['X']);
    expect(found('Yesterday X posted a statement.')).toEqual(['X']);
  });

  it('match slots for numbers after the alias', () => {
    expect(found('He posted about the X 2 prototype.')).toEqual([]);
  });

  it('are checked when the dataset is validated, with a message an author can act on', () => {
    const parse = (phrase: string) => parseExclusion(phrase, 'X', foldForMatch);
    expect(parse('{Name} X')).toEqual({ ok: true, pattern: { before: [{ text: ' ' }, { slot: 'Name' }], after: [] } });
    expect(parse('X-ray')).toEqual({ ok: true, pattern: null });
    expect(parse('{Brand} X')).toMatchObject({ ok: false, message: expect.stringContaining('unknown slot {Brand}') });
    expect(parse('{Name}{word} X')).toMatchObject({ ok: false, message: expect.stringContaining('two slots in a row') });
    expect(parse('{Name X')).toMatchObject({ ok: false, message: expect.stringContaining('unmatched') });
    expect(parse('{Name} Y')).toMatchObject({ ok: false, message: expect.stringContaining('must contain the alias "X"') });
  });
});
