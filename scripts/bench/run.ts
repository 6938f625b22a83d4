/**
 * npm run bench: how fast Newslens finds mentions, side by side with the
 * floor and with mark.js, on every saved page (tests/fixtures/pages, or the
 * folder NEWSLENS_CORPUS names) in one headless Chromium; then matcher build time, scan throughput and search
 * latency at 30, 1,000 and 10,000 entities in Node; then, with the built
 * extension (npm run build first), cold start in a frame (bundled data, and a
 * 10,000-entity user dataset) and the dynamic pages (dynamic-bench.ts).
 * Prints a table and writes bench/results.json.
 *
 * --no-extension skips the parts that need the build; --dynamic-seconds N
 * and --dynamic-reps N size the dynamic runs (30 s, 1 repetition).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { corpusDir, corpusFiles } from '../lib/corpus';
import { baselineRef, bundleBaseline } from './baseline';
import { runBrowserBench } from './browser-bench';
import { runColdStartBench } from './cold-start';
import { runDynamicBench } from './dynamic-bench';
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

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const withExtension = !args.includes('--no-extension');
let cold: Awaited<ReturnType<typeof runColdStartBench>> | null = null;
let dynamic: Awaited<ReturnType<typeof runDynamicBench>> | null = null;
if (withExtension) {
  console.log('Cold start in a frame, built extension, headless Chromium…');
  // A news page of ordinary size (the engadget page when the corpus has it).
  cold = await runColdStartBench(corpus, files.find((f) => f.includes('engadget')) ?? (files[0] as string));
  console.log('Dynamic pages, built extension against the page alone and mark.js…');
  dynamic = await runDynamicBench({
    seconds: option('--dynamic-seconds', 30),
    reps: option('--dynamic-reps', 1),
    markjsSource,
    pattern: markjsPattern(),
    names: ['Alibaba', 'Qwen', 'OpenAI', 'DeepSeek', 'Anthropic', 'ByteDance', 'Nvidia', 'Sam Altman', 'Tencent', 'Moonshot AI'],
    log: (line) => console.log(line),
  });
}

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
  ...(cold
    ? {
        coldStartMs: r(cold.coldStartMs, 2),
        coldStart10kMs: r(cold.coldStart10kMs, 2),
        coldStartWorkMs: r(cold.coldStartWorkMs, 2),
        coldStart10kWorkMs: r(cold.coldStart10kWorkMs, 2),
        fullIndex10kMs: r(cold.fullIndex10kMs, 1),
        coldStartLoads: cold.loads,
      }
    : {}),
  ...(dynamic
    ? {
        dynamicShare: Object.fromEntries(
          dynamic.map((d) => [
            d.name,
            {
              change: d.change,
              first: r(d.newslensShare.first, 3),
              last: r(d.newslensShare.last, 3),
              markjsFirst: r(d.markjsShare.first, 3),
              markjsLast: r(d.markjsShare.last, 3),
              offFirst: r(d.offShare.first, 3),
              offLast: r(d.offShare.last, 3),
              perChangeMsFirst: r(d.newslensPerChangeMs.first, 3),
              perChangeMsLast: r(d.newslensPerChangeMs.last, 3),
              spreadFirst: d.spread.first.map((x) => r(x, 3)),
              spreadLast: d.spread.last.map((x) => r(x, 3)),
              aloneTaskMsFirst: r(d.windows.alone[0]?.taskMs ?? Number.NaN, 1),
              aloneTaskMsLast: r(d.windows.alone[d.windows.alone.length - 1]?.taskMs ?? Number.NaN, 1),
            },
          ]),
        ),
      }
    : {}),
  perPage: browser.pages,
  scale: node.scale,
  search: node.search,
};

const targets: Array<[string, boolean]> = [
  ['engine median ≤ 4× floor (goal 3×)', results.engineToFloor <= 4],
  ['engine ≥ 8× faster than mark.js (goal 10×)', results.markjsToEngine >= 8],
  ...(cold
    ? ([
        ['cold start ≤ 5 ms (bundled data)', cold.coldStartMs <= 5],
        ['cold start ≤ 20 ms (10,000 entities)', cold.coldStart10kMs <= 20],
      ] as Array<[string, boolean]>)
    : []),
  ...(dynamic
    ? dynamic.flatMap(
        (d): Array<[string, boolean]> => [
          [`${d.name}: Newslens adds ≤ 5 % (first and last 5 s)`, d.newslensShare.first <= 0.05 && d.newslensShare.last <= 0.05],
          [
            `${d.name}: cost per change does not grow (last ≤ 1.5× first)`,
            d.newslensPerChangeMs.last <= 1.5 * Math.max(d.newslensPerChangeMs.first, 0.01),
          ],
        ],
      )
    : []),
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
if (cold)
  console.log(
    `\nCold start (median of ${cold.loads} loads): ${r(cold.coldStartMs, 2)} ms bundled, ${r(cold.coldStart10kMs, 2)} ms with 10,000 entities; ` +
      `the frame's own work in them ${r(cold.coldStartWorkMs, 2)} ms and ${r(cold.coldStart10kWorkMs, 2)} ms (the rest is waiting for storage); ` +
      `on the page naming one of the 10,000, the whole index is in use ${r(cold.fullIndex10kMs, 1)} ms after the script starts`,
  );
if (dynamic) {
  console.log('\nDynamic pages: main-thread time added, as a share of the page alone (first / last 5 s):');
  console.table(
    Object.fromEntries(
      dynamic.map((d) => [
        d.name,
        {
          newslensFirst: `${(d.newslensShare.first * 100).toFixed(1)} %`,
          newslensLast: `${(d.newslensShare.last * 100).toFixed(1)} %`,
          markjsFirst: `${(d.markjsShare.first * 100).toFixed(1)} %`,
          markjsLast: `${(d.markjsShare.last * 100).toFixed(1)} %`,
          switchedOff: `${(d.offShare.first * 100).toFixed(1)} / ${(d.offShare.last * 100).toFixed(1)} %`,
          perChangeMs: `${d.newslensPerChangeMs.first.toFixed(2)} → ${d.newslensPerChangeMs.last.toFixed(2)}`,
        },
      ]),
    ),
  );
}
console.log('\nTargets:');
for (const [name, ok] of targets) console.log(`  ${ok ? 'met ' : 'MISSED'}  ${name}`);

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
