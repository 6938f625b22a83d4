/**
 * The dynamic part of the benchmark: pages that keep changing (dynamic-pages.ts),
 * each run for `seconds` three ways in the same process: alone (a browser
 * without Newslens), with Newslens (the built extension), and with mark.js
 * re-marking each change. The main thread's time is read from the DevTools
 * Protocol (Performance.getMetrics TaskDuration: every task of the page's
 * renderer main thread, script, style, layout, paint) every 5 s; what
 * Newslens or mark.js adds is the difference with the page alone, as a share
 * of the page's own time, in the first and the last 5 s window.
 *
 * A fourth run has Newslens installed but switched off for the site (what a
 * reader who turned it off there pays, and a check of the comparison: it
 * should add nothing beyond the runs' noise).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { type LaunchedBrowser, launchBrowser } from '../browser/launch';
import { serveDirectory } from '../lib/static-server';
import { dynamicScenarios, markjsOnChanges } from './dynamic-pages';

export type Variant = 'alone' | 'newslens' | 'markjs' | 'off';
const VARIANTS: Variant[] = ['alone', 'newslens', 'markjs', 'off'];
const WINDOW_MS = 5000;

interface Sample {
  taskMs: number;
  /** CPU time of the renderer's main thread: what the tasks cost, whatever else the machine is doing. */
  threadMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  changes: number;
  /** Newslens's own measure of its work (get-stats totalMs), with Newslens only. */
  newslensMs: number | null;
}

export interface WindowResult {
  taskMs: number;
  threadMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  changes: number;
  newslensMs: number | null;
}

export interface DynamicOptions {
  seconds: number;
  reps: number;
  markjsSource: string;
  pattern: string;
  names: string[];
  log?: (line: string) => void;
  /** The build to measure (default: .output/chrome-mv3). */
  extensionDir?: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function metrics(
  page: Page,
  cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>,
  stats: (() => Promise<number | null>) | null,
) {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const get = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  const changes = (await page.evaluate('window.__changes')) as number;
  return {
    taskMs: get('TaskDuration'),
    threadMs: get('ThreadTime'),
    scriptMs: get('ScriptDuration'),
    layoutMs: get('LayoutDuration'),
    styleMs: get('RecalcStyleDuration'),
    changes,
    newslensMs: stats ? await stats() : null,
  } satisfies Sample;
}

async function runOnce(browser: LaunchedBrowser, url: string, variant: Variant, o: DynamicOptions): Promise<WindowResult[]> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    let stats: (() => Promise<number | null>) | null = null;
    if (variant === 'newslens') {
      await page.waitForFunction(
        () => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((k) => k.startsWith('newslens-')),
        null,
        {
          timeout: 20000,
        },
      );
      await page.bringToFront();
      const tabId = (await browser.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id;
      })) as number;
      stats = async () =>
        (
          (await browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-stats' }), tabId)) as
            | { totalMs: number }
            | undefined
        )?.totalMs ?? null;
    } else if (variant === 'markjs') {
      await page.evaluate(o.markjsSource);
      await page.evaluate(markjsOnChanges(o.pattern));
    }
    // Let the first pass and any late layout settle: the windows measure changes, not start-up.
    await page.waitForTimeout(1500);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const samples: Sample[] = [await metrics(page, cdp, stats)];
    const t0 = Date.now();
    await page.evaluate(`window.__start(${o.seconds})`);
    for (let w = 1; w * WINDOW_MS <= o.seconds * 1000; w++) {
      const wait = t0 + w * WINDOW_MS - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      samples.push(await metrics(page, cdp, stats));
    }
    await cdp.detach().catch(() => undefined);
    if (variant === 'off' && (await page.evaluate(`[...CSS.highlights.keys()].some((k) => k.startsWith('newslens-'))`)))
      throw new Error('the switched-off run shows marks: the site switch did not take');
    return samples.slice(1).map((s, i) => {
      const prev = samples[i] as Sample;
      return {
        taskMs: s.taskMs - prev.taskMs,
        threadMs: s.threadMs - prev.threadMs,
        scriptMs: s.scriptMs - prev.scriptMs,
        layoutMs: s.layoutMs - prev.layoutMs,
        styleMs: s.styleMs - prev.styleMs,
        changes: s.changes - prev.changes,
        newslensMs: s.newslensMs !== null && prev.newslensMs !== null ? s.newslensMs - prev.newslensMs : null,
      };
    });
  } finally {
    await page.close();
  }
}

export interface ScenarioResult {
  name: string;
  change: string;
  /** Per variant, per window: the median over repetitions. */
  windows: Record<Variant, WindowResult[]>;
  /** Added main-thread time as a share of the page's own, first and last window. */
  newslensShare: { first: number; last: number };
  markjsShare: { first: number; last: number };
  /** The same with Newslens installed but switched off for the site. */
  offShare: { first: number; last: number };
  /** Newslens's added time per change, first and last window (ms), and last ÷ first. */
  newslensPerChangeMs: { first: number; last: number; growth: number };
  /** Spread of the Newslens share over repetitions (min–max), first and last window. */
  spread: { first: [number, number]; last: [number, number] };
}

export async function runDynamicBench(o: DynamicOptions): Promise<ScenarioResult[]> {
  const scenarios = dynamicScenarios(o.names);
  const server = await serveDirectory(import.meta.dirname, {
    pages: Object.fromEntries(scenarios.map((s) => [`/dynamic/${s.name}.html`, s.html])),
  });
  const plain = await launchBrowser({ extension: false });
  const withExtension = await launchBrowser({ extensionDir: o.extensionDir });
  // Newslens switched off for 127.0.0.1, as the popup's site switch stores it (settings version 1).
  const switchedOff = await launchBrowser({ extensionDir: o.extensionDir });
  await switchedOff.worker.evaluate(() => chrome.storage.sync.set({ settings: { disabledSites: ['127.0.0.1'] }, settings$: { v: 1 } }));
  const runs = new Map<string, WindowResult[][]>();
  try {
    for (let rep = 0; rep < o.reps; rep++) {
      for (const s of scenarios) {
        // Interleaved, so the machine's load drifts over all three alike.
        for (const variant of VARIANTS) {
          const browser = variant === 'newslens' ? withExtension : variant === 'off' ? switchedOff : plain;
          const windows = await runOnce(browser, server.url(`/dynamic/${s.name}.html`), variant, o);
          const key = `${s.name}/${variant}`;
          runs.set(key, [...(runs.get(key) ?? []), windows]);
          o.log?.(
            `  ${key} rep ${rep + 1}: task ${windows.map((w) => w.taskMs.toFixed(0)).join(' ')}, thread ${windows.map((w) => w.threadMs.toFixed(0)).join(' ')}${variant === 'newslens' ? `, newslens script ${windows.map((w) => w.newslensMs?.toFixed(0)).join(' ')}` : ''} ms per 5 s`,
          );
        }
      }
    }
  } finally {
    await withExtension.close();
    await switchedOff.close();
    await plain.close();
    await server.close();
  }

  return scenarios.map((s) => {
    const of = (v: Variant) => runs.get(`${s.name}/${v}`) ?? [];
    const windowCount = of('alone')[0]?.length ?? 0;
    const medianWindows = (v: Variant): WindowResult[] =>
      Array.from({ length: windowCount }, (_, w) => {
        const at = of(v).map((r) => r[w] as WindowResult);
        const nl = at.map((x) => x.newslensMs).filter((x): x is number => x !== null);
        return {
          taskMs: median(at.map((x) => x.taskMs)),
          threadMs: median(at.map((x) => x.threadMs)),
          scriptMs: median(at.map((x) => x.scriptMs)),
          layoutMs: median(at.map((x) => x.layoutMs)),
          styleMs: median(at.map((x) => x.styleMs)),
          changes: median(at.map((x) => x.changes)),
          newslensMs: nl.length ? median(nl) : null,
        };
      });
    const windows = {
      alone: medianWindows('alone'),
      newslens: medianWindows('newslens'),
      markjs: medianWindows('markjs'),
      off: medianWindows('off'),
    };
    const last = windowCount - 1;
    // Shares per repetition (each paired with the alone run of the same repetition), then their median.
    const shares = (v: Variant, w: number) =>
      of(v).map(
        (r, rep) =>
          ((r[w] as WindowResult).taskMs - ((of('alone')[rep] as WindowResult[])[w] as WindowResult).taskMs) /
          ((of('alone')[rep] as WindowResult[])[w] as WindowResult).taskMs,
      );
    const perChange = (w: number) =>
      median(shares('newslens', w).map((x, rep) => x * ((of('alone')[rep] as WindowResult[])[w] as WindowResult).taskMs)) /
      Math.max(1, (windows.newslens[w] as WindowResult).changes);
    const range = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];
    const first = perChange(0);
    const lastPer = perChange(last);
    return {
      name: s.name,
      change: s.change,
      windows,
      newslensShare: { first: median(shares('newslens', 0)), last: median(shares('newslens', last)) },
      markjsShare: { first: median(shares('markjs', 0)), last: median(shares('markjs', last)) },
      offShare: { first: median(shares('off', 0)), last: median(shares('off', last)) },
      newslensPerChangeMs: { first, last: lastPer, growth: lastPer / first },
      spread: { first: range(shares('newslens', 0)), last: range(shares('newslens', last)) },
    };
  });
}

declare const chrome: {
  tabs: {
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: { sync: { set(items: object): Promise<void> } };
};
