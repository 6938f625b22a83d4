/**
 * npm run bench: how fast Newslens finds mentions, side by side with the
 * floor and with mark.js, on every saved page (tests/fixtures/pages, or the
 * folder NEWSLENS_CORPUS names) in one headless Chromium; then matcher build time, scan throughput and search
 * latency at 30, 1,000 and 10,000 entities in Node. Prints a table and writes
 * bench/results.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { corpusDir, corpusFiles } from '../lib/corpus';
import { baselineRef, bundleBaseline } from './baseline';
import { runBrowserBench } from './browser-bench';
import { runNodeBench } from './node-bench';
import { markjsPattern } from './peer-pattern';

const root = resolve(import.meta.dirname, '../..');
const corpus = corpusDir();
let files: string[];
try {
  files = corpusFiles(corpus);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const bundle = await build({
  entryPoints: [join(import.meta.dirname, 'page-entry.ts')],
  bundle: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
  alias: { '@': root },
  logLevel: 'error',
});
const engineSource = bundle.outputFiles[0]?.text ?? '';
const markjsSource = readFileSync(join(root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

const ref = baselineRef(process.argv.slice(2));
const baseline = ref ? await bundleBaseline(root, ref) : undefined;
if (baseline) console.log(`Baseline: ${ref} (${baseline.commit.slice(0, 10)}), timed in the same pages`);

console.log(`Benchmarking ${files.length} pages from ${corpus} in headless Chromium…`);
const browser = await runBrowserBench({
  corpus,
  files,
  engineSource,
  baselineSource: baseline?.source,
  markjsSource,
  pattern: markjsPattern(),
  reps: 5,
});
console.log('Benchmarking the matcher and search in Node…');
const node = await runNodeBench(corpus, files);

const r = (n: number, d = 3) => Number(n.toFixed(d));
const results = {
  date: new Date().toISOString(),
  pages: browser.pages.length,
  floorMedianMs: r(browser.floorMedianMs),
  engineMedianMs: r(browser.engineMedianMs),
  markjsMedianMs: r(browser.markjsMedianMs),
  engineToFloor: r(browser.engineMedianMs / browser.floorMedianMs, 2),
  markjsToEngine: r(browser.markjsMedianMs / browser.engineMedianMs, 1),
  ...(baseline && browser.baselineMedianMs !== undefined && browser.baselineFloorMedianMs !== undefined
    ? {
        baselineRef: ref,
        baselineCommit: baseline.commit,
        baselineMedianMs: r(browser.baselineMedianMs),
        baselineToFloor: r(browser.baselineMedianMs / browser.baselineFloorMedianMs, 2),
        engineToBaseline: r(browser.engineMedianMs / browser.baselineMedianMs, 2),
      }
    : {}),
  largestPage: browser.largest.file,
  largestPageChars: browser.largest.chars,
  largestPageEngineMs: r(browser.largest.engineMs),
  largestPageFloorMs: r(browser.largest.floorMs),
  largestPageMarkjsMs: r(browser.largest.markjsMs),
  ...node.summary,
  perPage: browser.pages,
  scale: node.scale,
  search: node.search,
};

const targets: Array<[string, boolean]> = [
  ['engine median ≤ 3× floor', results.engineToFloor <= 3],
  ['engine ≥ 10× faster than mark.js', results.markjsToEngine >= 10],
  ['largest page < 16 ms', results.largestPageEngineMs < 16],
  ['10,000-entity build < 100 ms', node.summary.build10kMs < 100],
  ['throughput at 10,000 ≥ 0.67 × at 30', node.summary.throughputRatio10kTo30 >= 0.67],
  ['search median < 10 ms at 10,000', node.summary.searchMedian10kMs < 10],
];

console.log('\nIn-page, median over pages of each page’s median of 5 runs (ms):');
console.table({
  floor: { median: results.floorMedianMs, largestPage: results.largestPageFloorMs },
  'newslens engine': { median: results.engineMedianMs, largestPage: results.largestPageEngineMs },
  'mark.js markRegExp': { median: results.markjsMedianMs, largestPage: results.largestPageMarkjsMs },
  ...(results.baselineMedianMs !== undefined ? { [`baseline ${ref}`]: { median: results.baselineMedianMs } } : {}),
});
if (results.baselineToFloor !== undefined)
  console.log(`baseline / floor = ${results.baselineToFloor}×   engine / baseline = ${results.engineToBaseline}×`);
console.log(
  `engine / floor = ${results.engineToFloor}×   mark.js / engine = ${results.markjsToEngine}×   largest page: ${results.largestPage} (${results.largestPageChars} chars)`,
);
console.log('\nMatcher and search in Node:');
console.table(node.scale);
console.log('\nTargets:');
for (const [name, ok] of targets) console.log(`  ${ok ? 'met ' : 'MISSED'}  ${name}`);

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
