import { describe, expect, it } from 'vitest';
import { summarizeTab } from '@/lib/summary';

describe('tab summary', () => {
  it('merges frames, top frame first, keeping the order of first appearance', () => {
    const summary = summarizeTab({
      3: {
        host: 'ads.example',
        loadedAt: 2,
        active: true,
        counts: [
          ['qwen', 1],
          ['meta', 2],
        ],
      },
      0: {
        host: 'news.example',
        loadedAt: 1,
        active: true,
        counts: [
          ['alibaba', 3],
          ['qwen', 2],
        ],
      },
    });
    expect(summary).toEqual({
      host: 'news.example',
      active: true,
      total: 8,
      entities: [
        { id: 'alibaba', count: 3, frameId: 0 },
        { id: 'qwen', count: 3, frameId: 0 },
        { id: 'meta', count: 2, frameId: 3 },
      ],
    });
  });

  it('has nothing to say without a top frame, and counts nothing from frames that are off', () => {
    expect(summarizeTab({ 2: { host: 'x', loadedAt: 1, active: true, counts: [['qwen', 1]] } })).toBeNull();
    expect(summarizeTab({ 0: { host: 'x', loadedAt: 1, active: false, counts: [] } })).toMatchObject({
      active: false,
      entities: [],
      total: 0,
    });
  });
});
