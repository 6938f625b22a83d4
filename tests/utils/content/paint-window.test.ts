/**
 * Which marks a busy page paints: those near the viewport, found without
 * reading the box of every mark, and a settled scroll whose cost does not
 * grow with the page (a feed that keeps growing must not cost more per change).
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '@/lib/detect/page-scanner';
import { PaintWindow, SWEEP } from '@/utils/content/paint-window';

const H = 800;

/** `n` mentions stacked down the page, 40 px apart; the viewport starts at `scroll`. */
function page(n: number) {
  const tops = new Map<Mention, number>();
  const ordered: Mention[] = Array.from({ length: n }, (_, i) => {
    const m = { i } as unknown as Mention;
    tops.set(m, i * 40);
    return m;
  });
  const state = { scroll: 0, reads: 0 };
  const win = new PaintWindow({ height: () => H }, (m) => {
    state.reads++;
    const top = (tops.get(m) as number) - state.scroll;
    return { top, bottom: top + 20, width: 100, height: 20 };
  });
  return { ordered, tops, state, win };
}

describe('paint window', () => {
  it('finds the mentions on screen and a quarter screen either side, reading few boxes', () => {
    const { ordered, state, win } = page(10_000);
    state.scroll = 200_000;
    const near = [...win.around(ordered)].map((m) => (m as unknown as { i: number }).i);
    expect(Math.min(...near)).toBe(Math.ceil((200_000 - 0.25 * H - 20) / 40));
    expect(Math.max(...near)).toBe(Math.floor((200_000 + 1.25 * H) / 40));
    expect(state.reads).toBeLessThan(100);
  });

  it('finds a mark out of document order (a sidebar) once scrolling settles, in a bounded sweep each time', () => {
    const { ordered, tops, state, win } = page(10_000);
    const sidebar = ordered[9_000] as Mention;
    tops.set(sidebar, 100);
    let settles = 0;
    let found = false;
    while (!found && settles < 100) {
      state.reads = 0;
      found = win.settled(ordered).has(sidebar);
      settles++;
      expect(state.reads).toBeLessThanOrEqual(100 + SWEEP + 1);
    }
    expect(found).toBe(true);
    expect(settles).toBe(Math.ceil(9_001 / SWEEP));
    // Found once, it stays painted while near, checked each time…
    expect(win.settled(ordered).has(sidebar)).toBe(true);
    // …and goes when it is no longer.
    state.scroll = 100_000;
    expect(win.settled(ordered).has(sidebar)).toBe(false);
  });
});
