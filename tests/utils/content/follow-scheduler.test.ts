/**
 * When the busy-page overlay catches up: a page change or a scroll in the
 * next frame (before it is painted), new marks in the frame of the page's
 * next change (or on their own after a while), once however often it is
 * asked, for the weightiest work asked for.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADDED_WAIT_MS, FollowScheduler, type FollowWork } from '@/utils/content/follow-scheduler';

/** A window whose animation frames run when the test says. */
function frames() {
  const queue = new Map<number, FrameRequestCallback>();
  let next = 1;
  const win = {
    requestAnimationFrame: (cb: FrameRequestCallback) => {
      queue.set(next, cb);
      return next++;
    },
    cancelAnimationFrame: (id: number) => void queue.delete(id),
  } as unknown as Window;
  const frame = () => {
    const due = [...queue.values()];
    queue.clear();
    for (const cb of due) cb(0);
  };
  return { win, frame, pending: () => queue.size };
}

describe('follow scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('looks at a page change in the next frame, once for many changes', () => {
    const { win, frame, pending } = frames();
    const ran: FollowWork[] = [];
    const s = new FollowScheduler(win, (w) => ran.push(w));
    s.schedule('moved');
    s.schedule('moved');
    s.schedule('moved');
    vi.runAllTimers();
    expect(ran).toEqual([]);
    expect(pending()).toBe(1);
    frame();
    expect(ran).toEqual(['moved']);
  });

  it("draws new marks in the frame of the page's next change, covering that change, and leaves nothing behind", () => {
    const { win, frame, pending } = frames();
    const ran: FollowWork[] = [];
    const s = new FollowScheduler(win, (w) => ran.push(w));
    s.schedule('added');
    vi.advanceTimersByTime(ADDED_WAIT_MS - 1);
    expect(ran).toEqual([]);
    expect(pending()).toBe(0);
    s.schedule('moved');
    frame();
    expect(ran).toEqual(['added']);
    vi.runAllTimers();
    frame();
    expect(ran).toEqual(['added']);
  });

  it('draws new marks on their own when the page does not change for a while', () => {
    const { win, pending } = frames();
    const ran: FollowWork[] = [];
    const s = new FollowScheduler(win, (w) => ran.push(w));
    s.schedule('added');
    s.schedule('added');
    vi.advanceTimersByTime(ADDED_WAIT_MS);
    expect(ran).toEqual(['added']);
    expect(pending()).toBe(0);
  });

  it('runs the weightiest work asked for, in the next frame: a look at the whole window over new marks', () => {
    const { win, frame } = frames();
    const ran: FollowWork[] = [];
    const s = new FollowScheduler(win, (w) => ran.push(w));
    s.schedule('added');
    s.schedule('window');
    s.schedule('moved');
    vi.advanceTimersByTime(0);
    expect(ran).toEqual([]);
    frame();
    expect(ran).toEqual(['window']);
    vi.runAllTimers();
    expect(ran).toEqual(['window']);
  });

  it('drops what is pending when cancelled (the page went quiet, or the frame went away)', () => {
    const { win, frame } = frames();
    const ran: FollowWork[] = [];
    const s = new FollowScheduler(win, (w) => ran.push(w));
    s.schedule('moved');
    s.schedule('added');
    s.cancel();
    vi.runAllTimers();
    frame();
    expect(ran).toEqual([]);
    s.schedule('moved');
    frame();
    expect(ran).toEqual(['moved']);
  });
});
