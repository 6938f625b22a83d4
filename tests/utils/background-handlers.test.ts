import { describe, expect, it, vi } from 'vitest';
import { parseAnswer, ToBackground } from '@/lib/messages';
import { onCommand, onMessage } from '@/utils/background-handlers';
import { readTab } from '@/utils/tab-reports';

describe('background', () => {
  it('turns the keyboard command into a next-mention message to the tab’s top frame', async () => {
    const send = vi.fn(async () => undefined);
    await onCommand('next-mention', { id: 7 }, send);
    expect(send).toHaveBeenCalledWith(7, { type: 'next-mention' }, { frameId: 0 });
    await onCommand('something-else', { id: 7 }, send);
    await onCommand('next-mention', undefined, send);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('survives a tab without a content script', async () => {
    await expect(onCommand('next-mention', { id: 7 }, async () => Promise.reject(new Error('no receiver')))).resolves.toBeUndefined();
  });

  it('records valid page reports per frame and ignores anything else', async () => {
    const report = { type: 'page-report', host: 'news.example', loadedAt: 10, active: true, counts: [['qwen', 2]] };
    await onMessage(report, { tab: { id: 4 } as never, frameId: 0 });
    await onMessage({ ...report, counts: [['alibaba', 1]] }, { tab: { id: 4 } as never, frameId: 2 });
    expect(onMessage({ type: 'page-report', host: 5 }, { tab: { id: 4 } as never, frameId: 0 })).toBeUndefined();
    expect(onMessage({ type: 'evil', payload: '<img>' }, { tab: { id: 4 } as never })).toBeUndefined();
    expect(await readTab(4)).toEqual({
      0: { host: 'news.example', loadedAt: 10, active: true, counts: [['qwen', 2]] },
      2: { host: 'news.example', loadedAt: 10, active: true, counts: [['alibaba', 1]] },
    });
    // A new page in the top frame drops frames left from the old one.
    await onMessage({ ...report, loadedAt: 20 }, { tab: { id: 4 } as never, frameId: 0 });
    expect(Object.keys((await readTab(4)) ?? {})).toEqual(['0']);
  });

  it('answers a card request with the content the page does not hold, checked like any answer', async () => {
    const answer = parseAnswer(
      ToBackground,
      'card',
      await onMessage(
        { type: 'card', entity: 'zhou-jingren', onPage: ['alibaba-cloud', 'qwen', 'tongyi-lab'] },
        { tab: { id: 4 } as never },
      ),
    );
    expect(answer?.entity.name).toBe('Zhou Jingren');
    expect(answer?.entity.summary.length).toBeGreaterThan(20);
    expect(answer?.related.map((r) => r.other.id)).toEqual(expect.arrayContaining(['alibaba-cloud']));
    expect(await onMessage({ type: 'card', entity: 'nobody', onPage: [] }, { tab: { id: 4 } as never })).toBeNull();
    expect(onMessage({ type: 'card', entity: 'zhou-jingren' }, { tab: { id: 4 } as never })).toBeUndefined();
  });

  it('answers a stale-index report by checking the user index (nothing to rebuild without a dataset)', async () => {
    expect(await onMessage({ type: 'refresh-index', reason: 'checksum mismatch' }, {})).toEqual({ rebuilt: false });
  });
});
