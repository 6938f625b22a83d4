/**
 * The Node part of the benchmark: matcher build time and scan throughput at
 * 30, 1,000 and 10,000 entities (the real set, trimmed or padded with
 * synthetic entities), and fuzzy search latency with the real set and 10,000.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDataset } from '../../lib/dataset/bundled';
import type { Entity } from '../../lib/dataset/dataset';
import { Matcher } from '../../lib/match/matcher';
import { createEntitySearch } from '../../lib/search/search';
import { collectBlocks } from '../../lib/text/blocks';
import { closeWindow, loadDocument } from '../lib/node-dom';
import { syntheticEntities } from './synthetic';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] as number;
};

function entitiesFor(n: number): Entity[] {
  const real = bundledDataset().entities;
  return n <= real.length ? real.slice(0, n) : [...real, ...syntheticEntities(n - real.length)];
}

const QUERIES = [
  'qwen',
  'bytdance',
  'tongy lab',
  'lin junyang',
  'deepmnd',
  '阿里',
  'volcano',
  'zhou',
  'doubao',
  'metta',
  'alibaba cloud',
  '字节',
];

export async function runNodeBench(corpus: string, files: string[]) {
  // Block texts of the 12 largest real pages: what the matcher sees in practice.
  const sized = files.map((f) => ({ f, size: readFileSync(join(corpus, f)).length })).sort((a, b) => b.size - a.size);
  const texts: string[] = [];
  for (const { f } of sized.slice(0, 12)) {
    const { window, document } = loadDocument(f, readFileSync(join(corpus, f), 'utf8'));
    for (const block of collectBlocks(document.body)) texts.push(block.text);
    await closeWindow(window);
  }
  const chars = texts.reduce((n, t) => n + t.length, 0);

  const scale: Record<string, { buildMs: number; patterns: number; charsPerMs: number; searchIndexMs?: number; searchMedianMs?: number }> =
    {};
  for (const n of [30, 1000, 10000]) {
    const entities = entitiesFor(n);
    const builds: number[] = [];
    let matcher: Matcher | null = null;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      matcher = new Matcher(entities);
      builds.push(performance.now() - t0);
    }
    const m = matcher as Matcher;
    for (const t of texts) m.matchBlock(t); // warm-up
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      for (const t of texts) m.matchBlock(t);
      runs.push(performance.now() - t0);
    }
    scale[`${n} entities`] = {
      buildMs: Number(median(builds).toFixed(2)),
      patterns: m.patternCount,
      charsPerMs: Math.round(chars / median(runs)),
    };
  }

  const search: Record<string, { indexMs: number; medianMs: number; p95Ms: number }> = {};
  for (const [label, entities] of [
    ['real dataset', bundledDataset().entities],
    ['10000 entities', entitiesFor(10000)],
  ] as const) {
    const t0 = performance.now();
    const index = createEntitySearch(entities);
    const indexMs = performance.now() - t0;
    for (const q of QUERIES) index.search(q);
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const q of QUERIES) {
        const s = performance.now();
        index.search(q);
        times.push(performance.now() - s);
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    search[label] = {
      indexMs: Number(indexMs.toFixed(1)),
      medianMs: Number(median(times).toFixed(2)),
      p95Ms: Number((sorted[Math.floor(sorted.length * 0.95)] as number).toFixed(2)),
    };
  }

  const at = (n: number) => scale[`${n} entities`] as { buildMs: number; charsPerMs: number };
  return {
    scale,
    search,
    summary: {
      textChars: chars,
      build30Ms: at(30).buildMs,
      build1kMs: at(1000).buildMs,
      build10kMs: at(10000).buildMs,
      throughput30CharsPerMs: at(30).charsPerMs,
      throughput10kCharsPerMs: at(10000).charsPerMs,
      throughputRatio10kTo30: Number((at(10000).charsPerMs / at(30).charsPerMs).toFixed(2)),
      searchMedianRealMs: search['real dataset']?.medianMs ?? Number.NaN,
      searchMedian10kMs: search['10000 entities']?.medianMs ?? Number.NaN,
    },
  };
}
