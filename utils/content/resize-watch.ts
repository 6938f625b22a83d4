/**
 * Tells whether a change of a busy page can have moved the marks drawn over
 * it, without laying the page out to find out. Content moves when a block
 * that changed took a different size; a block that kept its size (a ticker
 * rewriting its line, a clock, a price, a score) moved nothing around it.
 * Each block a change happened in is watched with a ResizeObserver, whose
 * answer comes after the browser's own layout of the frame, so reading
 * positions then costs no layout of Newslens's own (reading them at the start
 * of every frame with a change made the browser lay the page out first:
 * 0.2–0.7 ms a change, most of what a ticker cost).
 *
 * The first answer for a block is its size after the change, with nothing to
 * compare to: it counts as a move. Only the most recent blocks are watched.
 */

/** Blocks watched at most; the one watched longest ago is let go first. */
export const WATCHED = 32;

type Observer = Pick<ResizeObserver, 'observe' | 'unobserve' | 'disconnect'>;
export type ObserverFactory = (callback: ResizeObserverCallback) => Observer;

export class ResizeWatch {
  private readonly observer: Observer;
  /** Each watched block's last border-box size ("w×h"), or '' before its first answer; in the order they were watched. */
  private readonly sizes = new Map<Element, string>();

  /** `resized` runs after a layout in which a watched block took a new size (or was first seen). */
  constructor(create: ObserverFactory, resized: () => void, signal: AbortSignal) {
    this.observer = create((entries) => {
      let moved = false;
      for (const e of entries) {
        if (!this.sizes.has(e.target)) continue;
        const box = e.borderBoxSize?.[0];
        const size = box ? `${box.inlineSize}×${box.blockSize}` : `${e.contentRect.width}×${e.contentRect.height}`;
        if (this.sizes.get(e.target) !== size) moved = true;
        this.sizes.set(e.target, size);
      }
      if (moved) resized();
    });
    signal.addEventListener('abort', () => this.stop());
  }

  /** Watches the block a change happened in. */
  watch(block: Element): void {
    if (this.sizes.has(block)) return;
    if (this.sizes.size >= WATCHED) {
      const [oldest] = this.sizes.keys();
      if (oldest) {
        this.observer.unobserve(oldest);
        this.sizes.delete(oldest);
      }
    }
    this.sizes.set(block, '');
    this.observer.observe(block, { box: 'border-box' });
  }

  /** Watches nothing (the page went quiet). */
  stop(): void {
    this.observer.disconnect();
    this.sizes.clear();
  }
}

/** A factory for the window's ResizeObserver, or null where there is none. */
export function resizeObserverOf(win: Window): ObserverFactory | null {
  const RO = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  return typeof RO === 'function' ? (callback) => new RO(callback) : null;
}
