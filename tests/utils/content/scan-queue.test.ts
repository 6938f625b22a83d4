/**
 * The scan queue splits a page's work into slices and yields between them,
 * so a large page never blocks the reader. The clock is the test's: every
 * reading of performance.now() advances it by more than a slice's budget, so
 * each slice ends at its first check (the scanner checks every few hundred
 * text nodes or few dozen blocks) and the counts below do not depend on the
 * machine.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledDataset } from '@/lib/dataset/bundled';
import { PageScanner, type ScanChange } from '@/lib/detect/page-scanner';
import { Matcher } from '@/lib/match/matcher';
import { ScanQueue, SLICE_MS } from '@/utils/content/scan-queue';
import { WorkTimer } from '@/utils/content/work-timer';
import { loadDocument } from '../../../scripts/lib/node-dom';

const matcher = new Matcher(bundledDataset().entities);

function tickingClock(): void {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => {
    now += SLICE_MS + 1;
    return now;
  });
}

async function queued(doc: Document): Promise<{ timer: WorkTimer; changes: ScanChange[]; scanner: PageScanner }> {
  const scanner = new PageScanner(matcher);
  const timer = new WorkTimer();
  const changes: ScanChange[] = [];
  const queue = new ScanQueue(
    () => scanner,
    (c) => changes.push(c),
    new AbortController().signal,
    timer,
  );
  queue.add(doc.body);
  expect(queue.isIdle).toBe(false);
  await queue.whenIdle();
  expect(queue.isIdle).toBe(true);
  return { timer, changes, scanner };
}

afterEach(() => vi.restoreAllMocks());

/** A long story: 40 sections of 20 paragraphs, some naming companies, one name split by markup in each. */
function longStory(): Document {
  const sections: string[] = [];
  for (let s = 0; s < 40; s++) {
    const paragraphs: string[] = [];
    for (let i = 0; i < 20; i++) {
      if (i % 10 === 0) paragraphs.push(`<p>Part ${s}.${i}: Alibaba Cloud and ByteDance, then <b>Volcano</b> Engine.</p>`);
      else paragraphs.push(`<p>Part ${s}.${i} says nothing of note, at some length, in <i>plain</i> words.</p>`);
    }
    sections.push(`<section>${paragraphs.join('')}</section>`);
  }
  return loadDocument('long.html', `<!doctype html><html><body><article>${sections.join('')}</article></body></html>`).document;
}

describe('scan queue', () => {
  it('scans a long page in many short slices and finds what one pass finds', async () => {
    const once = new PageScanner(matcher);
    once.scanNow(longStory());
    const expected = once.mentions.map((m) => `${m.entity.id}:${m.text}`);
    expect(expected).toHaveLength(240);

    tickingClock();
    const { timer, changes, scanner } = await queued(longStory());
    expect(timer.stats.slices).toBeGreaterThan(5); // about one per 512 text nodes read
    expect(changes).toHaveLength(1);
    expect(scanner.mentions.map((m) => `${m.entity.id}:${m.text}`)).toEqual(expected);
  });

  it('does a small page in one slice', async () => {
    const { document } = loadDocument('small.html', '<p>Alibaba Cloud and ByteDance.</p>');
    const { timer, scanner } = await queued(document);
    expect(timer.stats.slices).toBe(3); // scan start, one scan slice, show changes
    expect(scanner.mentions.map((m) => m.text)).toEqual(['Alibaba Cloud', 'ByteDance']);
  });

  it('stops between slices when the content script ends, and shows nothing', async () => {
    tickingClock();
    const full = (await queued(longStory())).timer.stats.slices;
    const abort = new AbortController();
    const changes: ScanChange[] = [];
    const timer = new WorkTimer();
    const queue = new ScanQueue(
      () => new PageScanner(matcher),
      (c) => changes.push(c),
      abort.signal,
      timer,
    );
    queue.add(longStory().body);
    abort.abort();
    await queue.whenIdle();
    expect(changes).toEqual([]);
    expect(timer.stats.slices).toBeLessThan(full / 2);
  });
});
