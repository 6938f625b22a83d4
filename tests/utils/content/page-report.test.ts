/**
 * What a frame tells the background for the popup: sent after a change, at
 * most twice a second, and still sent while a page never stops changing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { Mention } from '@/lib/detect/page-scanner';
import { reportPage } from '@/utils/content/page-report';

const mention = (id: string) => ({ entity: { id } }) as unknown as Mention;

describe('page report', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports twice a second on a page that changes every 200 ms, with what is shown when it is sent', async () => {
    const sent = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    let shown = [mention('qwen')];
    const report = reportPage(window, new AbortController().signal, () => shown);
    for (let i = 0; i < 10; i++) {
      shown = [...shown, mention('alibaba')];
      report();
      await vi.advanceTimersByTimeAsync(200);
    }
    // At 500, 1100 and 1700 ms: each due half a second after the first change it covers.
    expect(sent).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveBeenCalledTimes(4);
    expect(sent.mock.lastCall?.[0]).toMatchObject({
      type: 'page-report',
      active: true,
      counts: [
        ['qwen', 1],
        ['alibaba', 10],
      ],
    });
  });

  it('sends nothing after the frame is gone', async () => {
    const sent = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const life = new AbortController();
    const report = reportPage(window, life.signal, () => []);
    report();
    life.abort();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).not.toHaveBeenCalled();
  });
});
