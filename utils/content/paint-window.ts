/**
 * Which mentions to paint on a page that keeps changing. Whenever a page
 * changes its DOM, Chromium rebuilds the markers of every registered
 * highlight range before the next paint, and repaints the text they cover:
 * a cost per frame that grows with the number of ranges, whoever changed the
 * page. On a busy page, then, only the mentions near the viewport (one
 * screen above and below) are painted; the rest are painted when scrolled
 * near. A quiet page paints everything (nothing is rebuilt while nothing changes).
 *
 * Mentions come in document order, which is close to their vertical order:
 * the window is found by a binary search on their boxes and a short walk
 * either side; once scrolling stops, a bounded sweep of the rest finds the
 * odd layout, such as a sidebar, where document order and position disagree.
 */
import type { Mention } from '@/lib/detect/page-scanner';

/** Mentions checked past the window's edge, for layouts not quite in document order. */
const SLACK = 8;
/** Mentions a settled scroll looks at beyond the window, at most (see settled). */
export const SWEEP = 200;
/** How far beyond the viewport (in viewport heights) a mention is painted. */
const MARGIN = 0.25;

export interface Viewport {
  /** The viewport's height in CSS pixels. */
  height(): number;
}

type Box = { top: number; bottom: number; width: number; height: number };

export class PaintWindow {
  private readonly viewport: Viewport;
  private readonly box: (m: Mention) => Box;

  constructor(viewport: Viewport, box: (m: Mention) => Box = (m) => m.range.getBoundingClientRect()) {
    this.viewport = viewport;
    this.box = box;
  }

  /** The viewport's height now (reading it lays the page out: once per batch). */
  height(): number {
    return this.viewport.height();
  }

  /** True when `m` is drawn on screen or close to it; `h` is the viewport's height (read once per batch: reading it lays the page out). */
  near(m: Mention, h = this.viewport.height()): boolean {
    return this.nearBox(this.box(m), h);
  }

  /** True when a box (viewport coordinates) is on screen or close to it. */
  nearBox(r: Box, h: number): boolean {
    if (r.width === 0 && r.height === 0) return false; // not rendered (display: none, collapsed)
    return r.bottom >= -MARGIN * h && r.top <= (1 + MARGIN) * h;
  }

  /** The mentions of `ordered` (document order) near the viewport, found in O(log n + window). */
  around(ordered: readonly Mention[]): Set<Mention> {
    const out = new Set<Mention>();
    if (ordered.length === 0) return out;
    const h = this.viewport.height();
    // First mention whose box is not entirely above the window.
    let lo = 0;
    let hi = ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.box(ordered[mid] as Mention).bottom < -MARGIN * h) lo = mid + 1;
      else hi = mid;
    }
    let misses = 0;
    for (let i = lo; i < ordered.length && misses <= SLACK; i++) {
      const m = ordered[i] as Mention;
      if (this.near(m, h)) {
        out.add(m);
        misses = 0;
      } else misses++;
    }
    misses = 0;
    for (let i = lo - 1; i >= 0 && misses <= SLACK; i--) {
      const m = ordered[i] as Mention;
      if (this.near(m, h)) {
        out.add(m);
        misses = 0;
      } else misses++;
    }
    return out;
  }

  /**
   * Once scrolling stops: the window, and the mentions near the viewport that
   * document order put elsewhere (a sidebar), found by a sweep of at most
   * SWEEP mentions each time, resumed where the last one stopped, so a settle
   * costs the same on a page of any length. What a sweep found is checked
   * again each time until it is no longer near.
   */
  settled(ordered: readonly Mention[]): Set<Mention> {
    const out = this.around(ordered);
    const h = this.viewport.height();
    for (const m of this.strays) if (out.has(m) || !this.near(m, h)) this.strays.delete(m);
    const count = Math.min(SWEEP, ordered.length);
    for (let k = 0; k < count; k++) {
      if (this.cursor >= ordered.length) this.cursor = 0;
      const m = ordered[this.cursor++] as Mention;
      if (!out.has(m) && this.near(m, h)) this.strays.add(m);
    }
    for (const m of this.strays) out.add(m);
    return out;
  }

  /** Mentions found near the viewport out of document order, and where the sweep goes on. */
  private readonly strays = new Set<Mention>();
  private cursor = 0;
}
