/**
 * Cold start of a frame in headless Chromium: the built extension's own
 * measure (get-stats startupMs: from the content script's first line to
 * ready to scan, the scan excluded) over repeated loads of one saved page,
 * first with the bundled data alone, then with a 10,000-entity user dataset
 * in storage.local, stored as an import stores it (record, version, compiled
 * index layered on the bundled one, and its head, which is what a frame
 * reads first). Medians of the loads; beside each, the
 * frame's own work in that time (startupWorkMs: the same span less the wait
 * for storage's answers).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetChecksum } from '../../lib/dataset/checksum';
import type { Entity } from '../../lib/dataset/dataset';
import { USER_DATASET_VERSION } from '../../lib/dataset/stored';
import { compileExtension, loadIndex } from '../../lib/match/compiled';
import { headOf } from '../../lib/match/index-head';
import { type LaunchedBrowser, launchBrowser } from '../browser/launch';
import { compileBundledData } from '../build/bundled-index';
import { serveDirectory } from '../lib/static-server';
import { syntheticEntities } from './synthetic';

export interface ColdStartResult {
  coldStartMs: number;
  coldStart10kMs: number;
  /** The frame's own main-thread work in those medians' spans (medians of startupWorkMs). */
  coldStartWorkMs: number;
  coldStart10kWorkMs: number;
  /**
   * With 10,000 entities, on the same page naming one of them: from script
   * start to the whole index in use (a frame reads its head first, and the
   * index, ~6 MB, only when its text needs it).
   */
  fullIndex10kMs: number;
  loads: number;
  /** Every load's figure, in order (bundled, then 10k). */
  samples: { bundled: number[]; tenK: number[]; bundledWork: number[]; tenKWork: number[]; fullIndex10k: number[] };
}

/** One load's figures (get-stats). */
export interface Startup {
  startupMs: number;
  startupWorkMs: number;
  /** Script start to the whole stored index in use (a page naming one of its entities), else null. */
  fullIndexMs: number | null;
  mentions: number;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** The user's dataset of `count` synthetic entities, as importUserDataset would store it. */
function userStorage(count: number): { items: Record<string, unknown>; name: string } {
  const { index: bundled } = compileBundledData();
  const loaded = loadIndex(bundled);
  if (!loaded.ok) throw new Error(loaded.reason);
  const ids = Array.from({ length: loaded.tables.entityCount }, (_, i) => loaded.tables.entity(i).id);
  const entities = syntheticEntities(count, 7).map((e) => ({ ...e, id: `mine-${e.id}`, origin: 'user' as const }));
  const data = { asOf: '2026-01-01', entities: entities.map(({ origin: _o, asOf: _a, ...rest }) => rest) };
  const checksum = datasetChecksum(data);
  const index = compileExtension(entities, { dataset: loaded.dataset, ids }, checksum);
  const own = loadIndex(index);
  if (!own.ok) throw new Error(own.reason);
  const items = {
    userDataset: { fileName: 'bench-10k.json', importedAt: new Date().toISOString(), data, checksum, entityCount: count },
    userDataset$: { v: USER_DATASET_VERSION },
    userIndex: index,
    userIndexHead: headOf(index, own.tables),
  };
  return { items, name: (entities[count >> 1] as Entity).name };
}

/** The frame's own cold-start figure over `loads` loads of `url`, the first (which warms the browser's caches) left out. */
export async function startups(browser: LaunchedBrowser, url: string, loads: number, waitForFullIndex = false): Promise<Startup[]> {
  const out: Startup[] = [];
  const page = await browser.context.newPage();
  try {
    for (let i = 0; i < loads; i++) {
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      const ms = (await browser.worker.evaluate(async (full) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        for (let tries = 0; tries < 400; tries++) {
          const stats = (await chrome.tabs.sendMessage(tab?.id as number, { type: 'get-stats' }).catch(() => null)) as {
            startupMs: number | null;
            startupWorkMs: number | null;
            fullIndexMs: number | null;
            mentions: number;
            idle: boolean;
          } | null;
          if (stats?.startupMs != null && (!full || (stats.fullIndexMs !== null && stats.idle)))
            return {
              startupMs: stats.startupMs,
              startupWorkMs: stats.startupWorkMs ?? Number.NaN,
              fullIndexMs: stats.fullIndexMs,
              mentions: stats.mentions,
            };
          await new Promise((r) => setTimeout(r, 25));
        }
        return null;
      }, waitForFullIndex)) as Startup | null;
      if (ms === null) throw new Error(`no cold start reported for ${url}`);
      // The first load warms the browser's caches of the extension's files: not a frame's cold start.
      if (i > 0) out.push(ms);
    }
  } finally {
    await page.close();
  }
  return out;
}

/** `html` with a paragraph naming `name` before its first paragraph (where the story is). */
function naming(html: string, name: string): string {
  const at = html.search(/<p[\s>]/i);
  const p = `<p>Analysts compared the results with ${name}, which shipped a similar model last week.</p>`;
  return at < 0 ? html.replace(/<\/body>/i, `${p}</body>`) : `${html.slice(0, at)}${p}${html.slice(at)}`;
}

export async function runColdStartBench(pagesDir: string, pageFile: string, loads = 31): Promise<ColdStartResult> {
  const server = await serveDirectory(pagesDir);
  const hitDir = mkdtempSync(join(tmpdir(), 'newslens-cold-'));
  const browser = await launchBrowser();
  let hitServer: Awaited<ReturnType<typeof serveDirectory>> | null = null;
  try {
    const url = server.url(`/${pageFile}`);
    const bundled = await startups(browser, url, loads + 1);
    const stored = userStorage(10_000);
    await browser.worker.evaluate(async (items) => {
      await chrome.storage.local.set(items);
    }, stored.items);
    const tenK = await startups(browser, url, loads + 1);
    // The same page naming one of the 10,000: the frame then reads the whole index too.
    writeFileSync(join(hitDir, pageFile), naming(readFileSync(join(pagesDir, pageFile), 'utf8'), stored.name));
    hitServer = await serveDirectory(hitDir);
    const hit = await startups(browser, hitServer.url(`/${pageFile}`), loads + 1, true);
    if (!hit.every((h) => h.mentions > (tenK[0]?.mentions ?? 0))) throw new Error(`the page naming ${stored.name} shows no more marks`);
    const ms = (xs: Startup[]) => xs.map((x) => x.startupMs);
    const work = (xs: Startup[]) => xs.map((x) => x.startupWorkMs);
    const full = hit.map((x) => x.fullIndexMs ?? Number.NaN);
    return {
      coldStartMs: median(ms(bundled)),
      coldStart10kMs: median(ms(tenK)),
      coldStartWorkMs: median(work(bundled)),
      coldStart10kWorkMs: median(work(tenK)),
      fullIndex10kMs: median(full),
      loads,
      samples: { bundled: ms(bundled), tenK: ms(tenK), bundledWork: work(bundled), tenKWork: work(tenK), fullIndex10k: full },
    };
  } finally {
    await browser.close();
    await server.close();
    await hitServer?.close();
    rmSync(hitDir, { recursive: true, force: true });
  }
}

declare const chrome: {
  tabs: {
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};
