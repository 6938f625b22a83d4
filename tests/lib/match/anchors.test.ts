/**
 * Anchors: one word of every alias, hashed. What matters to a reader is that
 * a name in the text is never missed (a frame would not read the index that
 * holds it) and that text without the names rarely says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { anchorOf, anchorsFrom, buildAnchors } from '@/lib/match/anchors';
import { foldForMatch } from '@/lib/text/normalize';

/** Anchors of aliases that match in any case; `Exact:` before one makes it match only as written. */
const anchorsFor = (...aliases: string[]) =>
  anchorsFrom(
    buildAnchors(
      aliases.map((a) => (a.startsWith('Exact:') ? { text: a.slice(6), caseSensitive: true } : { text: a, caseSensitive: false })),
    ),
  );
const has = (anchors: ReturnType<typeof anchorsFor>, text: string) => anchors.test(text);

describe('anchors', () => {
  it('anchor a name on its most telling word, Chinese names on their first two characters', () => {
    const word = (alias: string) => {
      const f = foldForMatch(alias);
      const at = anchorOf(f);
      return at && f.slice(at[0], at[1]);
    };
    expect(word('Vorkalin Labs')).toBe('vorkalin');
    expect(word('The Information')).toBe('information');
    expect(word('通义千问')).toBe('通义');
    expect(word('澜琨煜1st')).toBe('澜琨');
    expect(word('千问APP')).toBe('千问');
    expect(word('.NET')).toBe('net');
    expect(word('.ai')).toBe('ai');
    expect(word('X')).toBe('x');
    expect(word('')).toBeNull();
  });

  it('find a name wherever the matcher could: any case, followed by a version, next to Chinese, after punctuation', () => {
    const anchors = anchorsFor('Vorkalin Labs', 'Qwen', '通义千问', '.NET', '.ai', 'Z');
    expect(has(anchors, 'Shares of VORKALIN LABS rose.')).toBe(true);
    expect(has(anchors, 'Alibaba released Qwen3-Coder and Qwen2.5 today.')).toBe(true);
    expect(has(anchors, '阿里巴巴发布了通义千问新版本')).toBe(true);
    expect(has(anchors, 'Written in .NET and Go')).toBe(true);
    expect(has(anchors, 'A domain ending in .AI')).toBe(true);
    expect(has(anchors, 'Plan Z was dropped')).toBe(true);
  });

  it('hold a name that matches only as written to its case, and fold Chinese script both ways', () => {
    const anchors = anchorsFor('Exact:Meta', 'Exact:Lin', 'Exact:X', '智谱');
    expect(has(anchors, 'Meta said on Tuesday')).toBe(true);
    expect(has(anchors, 'a metaphor about meta tags')).toBe(false);
    expect(has(anchors, 'the Lin family')).toBe(true);
    expect(has(anchors, 'Berlin and lin')).toBe(false);
    expect(has(anchors, 'posted on X today')).toBe(true);
    expect(has(anchors, 'the xylophone and x')).toBe(false);
    expect(has(anchors, '智譜发布新模型')).toBe(true);
  });

  it('say no to text without the names, including longer words that start with them', () => {
    const anchors = anchorsFor('Vorkalin Labs', 'Qwen', '通义千问');
    expect(has(anchors, 'The labs were quiet; a quern ground wheat.')).toBe(false);
    expect(has(anchors, 'Vorkalinsky spoke to reporters.')).toBe(false);
    expect(has(anchors, '阿里巴巴发布了新模型')).toBe(false);
    expect(has(anchors, '')).toBe(false);
  });

  it('rarely answer yes by chance: a page of ordinary prose against 10,000 made-up names', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `Zq${i.toString(36)}x Labs`);
    const anchors = anchorsFor(...names);
    expect(anchors.size).toBe(10_000);
    const prose = Array.from({ length: 2000 }, (_, i) => `word${i} ordinary prose about markets and models`).join(' ');
    expect(has(anchors, prose)).toBe(false);
    expect(has(anchors, `${prose} zQ7Yx`)).toBe(true);
  });

  it('refuse stored anchors that are not a sorted list of hashes', () => {
    expect(() => anchorsFrom({ hashes: 'AAA', single: false, exact: false })).toThrow();
    const unsorted = new Uint32Array([5, 3]);
    const hashes = Buffer.from(unsorted.buffer).toString('base64');
    expect(() => anchorsFrom({ hashes, single: false, exact: false })).toThrow(/not sorted/);
  });
});
