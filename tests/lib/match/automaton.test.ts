import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, buildAutomatonTables, checkAutomatonTables, loadAutomaton } from '@/lib/match/automaton';

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

  it('agrees with a naive search when nodes have many children (searched, not scanned)', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz阿里巴'.split('');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 3 }), { minLength: 20, maxLength: 60 }),
        fc.string({ unit: fc.constantFrom(...letters, ' '), maxLength: 80 }),
        (patterns, text) => {
          expect(scan(patterns, text)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stores its tables in breadth-first order, children sorted, ready to use as loaded', () => {
    const t = buildAutomatonTables(['ab', 'ac', 'b', 'abd']);
    // root → a, b; a → b, c; ab → d
    expect([...t.code]).toEqual([0, 'a'.charCodeAt(0), 'b'.charCodeAt(0), 'b'.charCodeAt(0), 'c'.charCodeAt(0), 'd'.charCodeAt(0)]);
    expect([...t.first]).toEqual([1, 3, 5, 5, 6, 6, 6]);
    expect(checkAutomatonTables(t)).toBeNull();
    expect(checkAutomatonTables({ ...t, fail: Int32Array.from([0, 0, 0, 7, 0, 0]) })).toMatch(/failure link/);
    const found: string[] = [];
    loadAutomaton(t).scan('xabd', (id, end) => found.push(`${id}@${end}`));
    expect(found.sort()).toEqual(['0@3', '2@3', '3@4']);
  });
});
