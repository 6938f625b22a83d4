/**
 * What each tab shows, frame by frame, kept in storage.session: it survives
 * the background going to sleep and is gone when the browser closes. Only
 * entity ids, counts and the host name are kept; never page text or URLs.
 */
import { browser } from 'wxt/browser';
import type { PageReport } from '@/lib/messages';
import type { FrameReport, TabReport } from '@/lib/summary';
import { tabReportKey as key } from './storage-keys';

// Frames report concurrently; updates to storage are read-modify-write, so they queue.
let queue: Promise<void> = Promise.resolve();

export function recordFrame(tabId: number, frameId: number, report: PageReport): Promise<void> {
  queue = queue.then(() => writeFrame(tabId, frameId, report)).catch(() => undefined);
  return queue;
}

async function writeFrame(tabId: number, frameId: number, report: PageReport): Promise<void> {
  const stored = ((await browser.storage.session.get(key(tabId)))[key(tabId)] ?? {}) as TabReport;
  const frame: FrameReport = { host: report.host, loadedAt: report.loadedAt, active: report.active, counts: report.counts };
  const next: TabReport = {};
  for (const [id, f] of Object.entries(stored)) {
    // A new document in the top frame means a new page: frames from the old one are gone.
    if (frameId === 0 && Number(id) !== 0 && f.loadedAt < report.loadedAt) continue;
    next[Number(id)] = f;
  }
  next[frameId] = frame;
  await browser.storage.session.set({ [key(tabId)]: next });
}

export async function readTab(tabId: number): Promise<TabReport | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  return stored && typeof stored === 'object' ? (stored as TabReport) : null;
}

export async function clearTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
