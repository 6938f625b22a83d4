import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '@/lib/match/automaton';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  for (let end = 1; end <= text.length; end++) {
    patterns.forEach((p, id) => {
      if (p.length > 0 && end >= p.length && text.slice(end - p.length, end) === p) out.push(`${id}@${end}`);
    });
  }
  return out.sort();
}

function scan(patterns: string[], text: string): string[] {
  const out: string[] = [];
  buildAutomaton(patterns).scan(text, (id, end) => out.push(`${id}@${end}`));
  return out.sort();
}

describe('Aho-Corasick automaton', () => {
  it('finds every occurrence, overlapping and nested', () => {
    expect(scan(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['0@4', '1@4', '3@6']);
    expect(scan(['alibaba', 'alibaba cloud', 'cloud'], 'alibaba cloud')).toEqual(['0@7', '1@13', '2@13']);
    expect(scan(['阿里', '阿里巴巴', '巴巴'], '阿里巴巴集团')).toEqual(['0@2', '1@4', '2@4']);
  });

  it('agrees with a naive search on random patterns and texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', '阿'), minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', '阿', ' '), maxLength: 60 }),
        (patterns, text) => {
          expect(scan(patterns, text)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
