/**
 * The in-page part of the benchmark: each corpus page is served on
 * 127.0.0.1 (page scripts and every other host blocked, cross-origin
 * isolated so performance.now() is precise), the three contenders injected,
 * and each timed `reps` times after one warm-up run.
 */
import { launchBrowser } from '../browser/launch';
import { serveDirectory } from '../lib/static-server';

export interface PageResult {
  file: string;
  chars: number;
  mentions: number;
  floorMs: number;
  engineMs: number;
  markjsMs: number;
  /** The baseline commit's page pass, timed in the same page (when asked for). */
  baselineMs?: number;
  /** The floor measured beside the baseline (its own copy of the floor). */
  baselineFloorMs?: number;
}

export interface BrowserBenchOptions {
  corpus: string;
  files: string[];
  engineSource: string;
  /** An earlier commit's page-entry bundle, timed beside today's. */
  baselineSource?: string;
  markjsSource: string;
  pattern: string;
  reps: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

export async function runBrowserBench(o: BrowserBenchOptions) {
  const server = await serveDirectory(o.corpus, {
    headers: () => ({
      'content-security-policy': "script-src 'none'",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    }),
  });
  const browser = await launchBrowser({ extension: false });
  await browser.context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  const page = await browser.context.newPage();
  const pages: PageResult[] = [];
  try {
    for (const file of o.files) {
      await page.goto(server.url(file), { waitUntil: 'load' }).catch(() => undefined);
      await page.evaluate(o.markjsSource);
      let baseline: { floor: number[]; engine: number[] } | undefined;
      if (o.baselineSource) {
        await page.evaluate(o.baselineSource);
        // mark.js is given a pattern that matches nothing: its time is not wanted twice.
        baseline = (await page.evaluate(`window.__bench.measure(${o.reps}, "(?!)")`)) as { floor: number[]; engine: number[] };
        await page.evaluate('CSS.highlights.clear()');
      }
      await page.evaluate(o.engineSource);
      // A string, so the tool that runs this script cannot rewrite the code sent to the page.
      const result = (await page.evaluate(`window.__bench.measure(${o.reps}, ${JSON.stringify(o.pattern)})`)) as {
        chars: number;
        mentions: number;
        floor: number[];
        engine: number[];
        markjs: number[];
        isolated: boolean;
      };
      if (!result.isolated) throw new Error('the page is not cross-origin isolated: timings would be coarse');
      pages.push({
        file,
        chars: result.chars,
        mentions: result.mentions,
        floorMs: median(result.floor),
        engineMs: median(result.engine),
        markjsMs: median(result.markjs),
        ...(baseline ? { baselineMs: median(baseline.engine), baselineFloorMs: median(baseline.floor) } : {}),
      });
      process.stdout.write('.');
    }
  } finally {
    process.stdout.write('\n');
    await browser.close();
    await server.close();
  }
  const largest = pages.reduce((a, b) => (b.chars > a.chars ? b : a));
  return {
    pages,
    floorMedianMs: median(pages.map((p) => p.floorMs)),
    engineMedianMs: median(pages.map((p) => p.engineMs)),
    markjsMedianMs: median(pages.map((p) => p.markjsMs)),
    baselineMedianMs: o.baselineSource ? median(pages.map((p) => p.baselineMs ?? 0)) : undefined,
    baselineFloorMedianMs: o.baselineSource ? median(pages.map((p) => p.baselineFloorMs ?? 0)) : undefined,
    largest,
  };
}
