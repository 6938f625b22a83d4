import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '@/lib/codec/base64';
import { bundledDataset } from '@/lib/dataset/bundled';
import { datasetChecksum } from '@/lib/dataset/checksum';
import { checkImport } from '@/lib/dataset/import';
import { PageScanner } from '@/lib/detect/page-scanner';
import {
  type CompiledIndex,
  CorruptIndexError,
  compileEntities,
  compileExtension,
  INDEX_FORMAT,
  type LoadedIndex,
  layered,
  loadIndex,
  seal,
} from '@/lib/match/compiled';
import { Matcher } from '@/lib/match/matcher';
import type { MatcherTables } from '@/lib/match/tables';

const FIXTURES = join(import.meta.dirname, '../../fixtures/detection');
const snippets = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Array<{ id: string; html: string }>);

/** What a page shows for `html`: entity, text, where, and why, in document order. */
function scan(matcher: Matcher, html: string): string[] {
  document.body.innerHTML = html;
  const scanner = new PageScanner(matcher);
  scanner.scanNow(document.body);
  return scanner.mentions.map((m) => `${m.entity.id}/${m.entity.category}/${m.entity.name}:${m.text}@${m.start}-${m.end}:${m.support}`);
}

/** Stored and read back as storage.local would (JSON). */
const stored = (index: CompiledIndex): unknown => JSON.parse(JSON.stringify(index));

function load(raw: unknown): LoadedIndex {
  const result = loadIndex(raw);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const bundled = bundledDataset().entities;
const user = (() => {
  const checked = checkImport(JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/datasets/good.json'), 'utf8')), bundled);
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  return checked.entities;
})();

describe('compiled match index', () => {
  const index = compileEntities(bundled);

  it('finds exactly what the matcher built from the dataset finds, on every labelled snippet', () => {
    const direct = new Matcher(bundled);
    const compiled = new Matcher(load(stored(index)).tables);
    expect(snippets.length).toBeGreaterThan(100);
    for (const s of snippets) expect(scan(compiled, s.html), s.id).toEqual(scan(direct, s.html));
    expect(compiled.patternCount).toBe(direct.patternCount);
    expect(compiled.entities.map((e) => e.id)).toEqual(bundled.map((e) => e.id));
  });

  it('records the dataset it was built from and carries no card content', () => {
    expect(index.format).toBe(INDEX_FORMAT);
    expect(index.dataset).toBe(datasetChecksum(bundled));
    const text = JSON.stringify(index);
    for (const e of bundled) {
      expect(text).not.toContain(e.summary);
      for (const f of e.facts) expect(text).not.toContain(f.text);
    }
  });

  it('decodes nothing until the matcher needs it, and only what it needs', () => {
    const result = load(stored(index));
    const seen = { entities: new Set<number>(), patterns: new Set<number>() };
    const t = result.tables;
    const spy: MatcherTables = {
      ...t,
      entityCount: t.entityCount,
      patternCount: t.patternCount,
      entity(i) {
        seen.entities.add(i);
        return t.entity(i);
      },
      pattern(id) {
        seen.patterns.add(id);
        return t.pattern(id);
      },
      relatedOf: (i) => t.relatedOf(i),
      automaton: () => t.automaton(),
      prefilter: () => t.prefilter(),
    };
    const matcher = new Matcher(spy);
    scan(matcher, '<p>Nothing to see here, only weather and football.</p>');
    expect(seen.entities.size + seen.patterns.size).toBe(0);
    scan(matcher, '<p>Alibaba Cloud trains Qwen.</p>');
    expect(seen.entities.size).toBeGreaterThan(0);
    expect(seen.entities.size).toBeLessThan(10);
    expect(seen.patterns.size).toBeLessThan(10);
  });

  it('loads a user dataset layered on the bundled one, matching as if both were built together', () => {
    const base = load(stored(index));
    const extension = compileExtension(user, { dataset: index.dataset, ids: bundled.map((e) => e.id) });
    expect(extension.base).toBe(index.dataset);
    expect(extension.offset).toBe(bundled.length);
    const top = loadIndex(stored(extension), { base: index.dataset });
    if (!top.ok) throw new Error(top.reason);
    const both = new Matcher(layered(base, top));
    const direct = new Matcher([...bundled, ...user]);
    const pages = [
      ...snippets.map((s) => s.html),
      '<p>Acme AI and AcmeBot, built on Alibaba Cloud; 艾克米 in Chinese.</p>',
      '<p>Acme competes with Alibaba.</p><p>The Acme Corporation is not Acme AI.</p>',
      '<h2>Acme</h2><p>Robotics from Acme, a rival of Alibaba, and its AcmeBot.</p>',
    ];
    for (const html of pages) expect(scan(both, html), html).toEqual(scan(direct, html));
    expect(scan(both, pages.at(-1) as string).some((m) => m.startsWith('acme-ai/'))).toBe(true);
    // A user entity related to a bundled one supports it from the bundled side too.
    const alibaba = direct.indexOf.get('alibaba') as number;
    expect([...both.relatedOf(alibaba)].sort()).toEqual([...direct.relatedOf(alibaba)].sort());
  });

  describe('rejects what it cannot trust', () => {
    const reason = (raw: unknown, expect?: Parameters<typeof loadIndex>[1]) => {
      const r = loadIndex(raw, expect);
      return r.ok ? 'loaded' : r.reason;
    };
    const tamperTables = (edit: (words: Int32Array) => void): CompiledIndex => {
      const bytes = fromBase64(index.tables);
      edit(new Int32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 4)));
      return { ...index, tables: toBase64(bytes) };
    };

    it('anything that is not an index', () => {
      for (const raw of [null, undefined, 'index', 42, [], {}]) expect(reason(raw)).not.toBe('loaded');
    });

    it('another format version (an index written by an older or newer Newslens)', () => {
      expect(reason({ ...index, format: INDEX_FORMAT + 1 })).toMatch(/format/);
      expect(reason(seal({ ...index, format: INDEX_FORMAT - 1 }))).toMatch(/format/);
    });

    it('a stale index: built from another dataset, or on another base', () => {
      expect(reason(stored(index), { dataset: index.dataset })).toBe('loaded');
      expect(reason(stored(index), { dataset: datasetChecksum(bundled.slice(1)) })).toMatch(/another dataset/);
      expect(reason(stored(index), { base: 'ffffffffffffffff' })).toMatch(/another base/);
    });

    it('any changed byte, in the tables or the records', () => {
      expect(reason(tamperTables((w) => (w[20] = (w[20] as number) + 1)))).toMatch(/checksum/);
      expect(reason({ ...index, patternText: index.patternText.replace('"owners"', '"ownerz"') })).toMatch(/checksum/);
      expect(reason({ ...index, entityText: `${index.entityText} ` })).toMatch(/checksum/);
      expect(reason({ ...index, tables: `${index.tables.slice(0, -8)}!!!!!!!!` })).not.toBe('loaded');
    });

    it('a well-sealed index whose structure is broken', () => {
      // Checksum recomputed, so only the structural checks can catch these.
      const broken = (edit: (words: Int32Array) => void) => reason(seal(tamperTables(edit)));
      expect(broken((w) => (w[0] = 0x58494c4e))).toMatch(/byte order/);
      expect(broken((w) => (w[1] = (w[1] as number) + 1))).toMatch(/header/);
      const failAt = 4 + index.entities + 1 + index.patterns + 1 + index.states + 1;
      expect(broken((w) => (w[failAt + 5] = index.states + 7))).toMatch(/failure link/);
      expect(reason(seal({ ...index, entityText: `${index.entityText}x` }))).toMatch(/offsets/);
    });

    it('the bundled index (not verified: it ships in the code) decodes its tables when first used, and fails loudly then', () => {
      const lazy = loadIndex(stored(index), { verify: false });
      if (!lazy.ok) throw new Error(lazy.reason);
      const verified = new Matcher(load(stored(index)).tables);
      const unverified = new Matcher(lazy.tables);
      for (const s of snippets.slice(0, 30)) expect(scan(unverified, s.html), s.id).toEqual(scan(verified, s.html));
      // Damaged tables pass the cheap header checks, and are caught the moment a frame reads them.
      const damaged = loadIndex({ ...index, tables: index.tables.slice(0, -8) }, { verify: false });
      if (!damaged.ok) throw new Error(damaged.reason);
      expect(damaged.tables.entityCount).toBe(index.entities);
      expect(() => damaged.tables.automaton()).toThrow(CorruptIndexError);
      expect(() => damaged.tables.entity(0)).toThrow(/wrong size/);
    });

    it('a record that does not decode fails loudly when used, never silently', () => {
      const first = index.patternText.indexOf('}');
      const bad = seal({ ...index, patternText: `${index.patternText.slice(0, first)}]${index.patternText.slice(first + 1)}` });
      const result = loadIndex(bad);
      if (!result.ok) throw new Error(result.reason);
      expect(() => result.tables.pattern(0)).toThrow(CorruptIndexError);
    });
  });
});
