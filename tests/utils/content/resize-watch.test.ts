/**
 * Which changes of a busy page can have moved its marks: a changed block
 * that took a new size (or was just seen for the first time), not one that
 * kept its size; only the most recent blocks are watched.
 */
import { describe, expect, it } from 'vitest';
import { type ObserverFactory, ResizeWatch, WATCHED } from '@/utils/content/resize-watch';

/** A ResizeObserver the test drives: `layout` answers for the observed elements it is given. */
function fakeObserver() {
  let callback: ResizeObserverCallback = () => undefined;
  const observed = new Set<Element>();
  const create: ObserverFactory = (cb) => {
    callback = cb;
    return {
      observe: (el) => void observed.add(el),
      unobserve: (el) => void observed.delete(el),
      disconnect: () => observed.clear(),
    };
  };
  const layout = (sizes: Array<[Element, number, number]>) =>
    callback(
      sizes
        .filter(([el]) => observed.has(el))
        .map(
          ([target, inlineSize, blockSize]) => ({ target, borderBoxSize: [{ inlineSize, blockSize }] }) as unknown as ResizeObserverEntry,
        ),
      {} as ResizeObserver,
    );
  return { create, layout, observed };
}

describe('resize watch', () => {
  it('counts a block first seen as a move, then only a new size', () => {
    const ro = fakeObserver();
    let moves = 0;
    const watch = new ResizeWatch(ro.create, () => moves++, new AbortController().signal);
    const ticker = document.createElement('p');
    watch.watch(ticker);
    watch.watch(ticker);
    expect([...ro.observed]).toEqual([ticker]);
    ro.layout([[ticker, 700, 24]]);
    expect(moves).toBe(1);
    ro.layout([[ticker, 700, 24]]);
    expect(moves).toBe(1);
    ro.layout([[ticker, 700, 48]]); // the line wrapped: what is below it moved
    expect(moves).toBe(2);
  });

  it('lets go of the block watched longest ago, and of all when stopped or aborted', () => {
    const ro = fakeObserver();
    const abort = new AbortController();
    const watch = new ResizeWatch(ro.create, () => undefined, abort.signal);
    const blocks = Array.from({ length: WATCHED + 1 }, () => document.createElement('div'));
    for (const b of blocks) watch.watch(b);
    expect(ro.observed.size).toBe(WATCHED);
    expect(ro.observed.has(blocks[0] as Element)).toBe(false);
    expect(ro.observed.has(blocks[WATCHED] as Element)).toBe(true);
    abort.abort();
    expect(ro.observed.size).toBe(0);
  });
});
