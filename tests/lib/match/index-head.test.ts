/**
 * The index head: what a frame reads first. A small index travels in it; a
 * large one stays in storage, and a stand-in layer says when a block of the
 * page needs it. Checked on every labelled snippet: a block that the whole
 * index finds a name in always asks for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '@/lib/dataset/bundled';
import { PageScanner } from '@/lib/detect/page-scanner';
import { type CompiledIndex, compileEntities, compileExtension, type LoadedIndex, layered, loadIndex } from '@/lib/match/compiled';
import { HEAD_FORMAT, headOf, type IndexHead, planHead, standIn, withAnchors } from '@/lib/match/index-head';
import { Matcher } from '@/lib/match/matcher';
import type { MatcherTables } from '@/lib/match/tables';

const FIXTURES = join(import.meta.dirname, '../../fixtures/detection');
const snippets = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Array<{ id: string; html: string }>);

const load = (index: CompiledIndex): LoadedIndex => {
  const r = loadIndex(JSON.parse(JSON.stringify(index)));
  if (!r.ok) throw new Error(r.reason);
  return r;
};

// A base of ten bundled entities and, layered on it, the other 300-odd as a "user" index.
const all = bundledDataset().entities;
const baseIndex = compileEntities(all.slice(0, 10));
const base = load(baseIndex);
const topIndex = compileExtension(all.slice(10), { dataset: baseIndex.dataset, ids: all.slice(0, 10).map((e) => e.id) });
const top = load(topIndex);
const topIds = new Set(all.slice(10).map((e) => e.id));
const largeHead = JSON.parse(JSON.stringify(headOf(topIndex, top.tables, 0))) as IndexHead;

const mentions = (tables: MatcherTables, html: string) => {
  document.body.innerHTML = html;
  const scanner = new PageScanner(new Matcher(tables));
  scanner.scanNow(document.body);
  return scanner.mentions.map((m) => `${m.entity.id}:${m.text}@${m.start}`);
};

describe('index head', () => {
  it('carries a small index whole, and a large one as its anchors only', () => {
    const small = headOf(topIndex, top.tables, Number.POSITIVE_INFINITY);
    expect(small.inline).toBe(topIndex);
    expect(planHead(JSON.parse(JSON.stringify(small))).kind).toBe('inline');
    expect(largeHead.inline).toBeNull();
    expect(largeHead.index).toBe(topIndex.checksum);
    expect(planHead(largeHead).kind).toBe('anchors');
    expect(JSON.stringify(largeHead).length).toBeLessThan(JSON.stringify(topIndex).length / 5);
  });

  it('has a large index that replaces the base read at once, since nothing can stand in for it', () => {
    const full = compileEntities(all);
    expect(planHead(JSON.parse(JSON.stringify(headOf(full, load(full).tables, 0)))).kind).toBe('read');
  });

  it('names what is wrong with a head it cannot use', () => {
    expect(planHead(null)).toEqual({ kind: 'none' });
    expect(planHead({ ...largeHead, format: HEAD_FORMAT + 1 })).toEqual({
      kind: 'bad',
      reason: `index head format ${HEAD_FORMAT + 1}, expected ${HEAD_FORMAT}`,
    });
    expect(planHead({ ...largeHead, entities: -1 })).toEqual({ kind: 'bad', reason: 'malformed index head' });
    expect(planHead({ ...largeHead, anchors: { hashes: 7, single: false, exact: false } })).toEqual({
      kind: 'bad',
      reason: 'malformed anchors',
    });
    expect(planHead({ ...largeHead, anchors: { hashes: 'AAAAAQAAAAA=', single: false, exact: false } })).toMatchObject({
      kind: 'bad',
      reason: 'anchors: not sorted',
    });
  });

  it('asks for the whole index on every labelled snippet it holds a name of, once, and finds nothing itself', () => {
    const plan = planHead(largeHead);
    if (plan.kind !== 'anchors') throw new Error(plan.kind);
    const whole = layered(base, top);
    let needed = 0;
    let spared = 0;
    for (const s of snippets) {
      let asks = 0;
      const stand = layered(
        base,
        standIn(plan.head, plan.anchors, () => asks++),
      );
      const shown = mentions(stand, s.html);
      expect(
        shown.every((m) => !topIds.has(m.split(':')[0] as string)),
        s.id,
      ).toBe(true);
      const holds = mentions(whole, s.html).some((m) => topIds.has(m.split(':')[0] as string));
      if (holds) expect(asks, s.id).toBe(1);
      expect(asks).toBeLessThanOrEqual(1);
      if (holds) needed++;
      else if (asks === 0) spared++;
    }
    expect(needed).toBeGreaterThan(100);
    expect(spared).toBeGreaterThan(0);
  });

  it('lends its anchors as the prefilter of an index too large for one, finding exactly the same', () => {
    const plan = planHead(largeHead);
    if (plan.kind !== 'anchors') throw new Error(plan.kind);
    const unfiltered = Object.assign(Object.create(top.tables) as MatcherTables, { prefilter: () => null });
    const filtered = withAnchors(unfiltered, plan.anchors);
    expect(filtered.prefilter()).not.toBeNull();
    const a = layered(base, { ...top, tables: unfiltered });
    const b = layered(base, { ...top, tables: filtered });
    for (const s of snippets) expect(mentions(b, s.html), s.id).toEqual(mentions(a, s.html));
  });
});
