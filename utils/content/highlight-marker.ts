/**
 * Marks mentions with the CSS Custom Highlight API: one highlight per
 * category and mark style, registered by name; the styles live in
 * highlights.css. The page's DOM is never touched.
 *
 * A page that keeps changing its DOM is another matter: Chromium then
 * rebuilds every highlight range and repaints the text under it in every
 * frame, whoever made the change, so the cost per frame grows with the
 * number of marks. While a page is busy (`setBusy`), the marks near the
 * viewport are drawn in a layer of Newslens's own instead (overlay-painter.ts),
 * which a change elsewhere on the page does not touch, and the window
 * follows scrolling. When the page is quiet again, highlights come back.
 */
import type { Category } from '@/lib/dataset/schema';
import { CATEGORIES } from '@/lib/dataset/schema';
import type { Mention } from '@/lib/detect/page-scanner';
import { MARK_STYLES, type MarkStyle } from '@/lib/settings/settings';
import type { BlockChange } from './dom-watcher';
import { FollowScheduler, type FollowWork } from './follow-scheduler';
import { ALL_NAMES, type Highlight, type HighlightRegistry, makeHighlight, highlightName as name, registry } from './highlight-registry';
import type { Marker } from './marker';
import { OverlayPainter } from './overlay-painter';
import { PaintWindow } from './paint-window';
import { type ObserverFactory, ResizeWatch, resizeObserverOf } from './resize-watch';

export { supportsHighlights } from './highlight-registry';

/** After scrolling stops for this long, the window is looked at once more, and beyond it (PaintWindow.settled). */
const SCROLL_SETTLE_MS = 150;
/** Drawn marks whose boxes are compared after a page change, to tell whether anything moved. */
const ANCHORS = 3;

export interface HighlightMarkerOptions {
  window: Window;
  signal: AbortSignal;
  /** Every mention shown, in document order (what the window is found in). */
  ordered: () => readonly Mention[];
  /** Runs a slice of Newslens's work, timed (the frame's stats). */
  timed?: <T>(name: string, work: () => T) => T;
  /** How to watch blocks' sizes (default: the window's ResizeObserver); null: look after every change. */
  resizeObserver?: ObserverFactory | null;
}

export class HighlightMarker implements Marker {
  private readonly highlights = new Map<Category, Highlight>();
  private style: MarkStyle = 'underline';
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** Every mention shown; those in the highlights (all of them while quiet). */
  private readonly shown = new Set<Mention>();
  private readonly highlighted = new Set<Mention>();
  private busy = false;
  private readonly window: PaintWindow;
  private readonly painter: OverlayPainter;
  private readonly ordered: () => readonly Mention[];
  /** Some drawn marks and where they were, to tell after a page change whether the layout moved. */
  private anchors: Array<{ m: Mention; top: number; left: number }> = [];
  /** How many marks the last full look found near the viewport: the layer is pruned past a few times that. */
  private lastWindow = 0;
  private readonly scheduler: FollowScheduler;
  /** Mentions shown since the overlay was last brought up to date. */
  private fresh: Mention[] = [];
  private readonly cancel: () => void;
  /** Which changed blocks took a new size (null without ResizeObserver). */
  private readonly resizes: ResizeWatch | null;

  constructor(options: HighlightMarkerOptions) {
    for (const c of CATEGORIES) this.highlights.set(c, makeHighlight());
    const win = options.window;
    this.window = new PaintWindow({ height: () => win.innerHeight });
    this.painter = new OverlayPainter(win.document);
    this.ordered = options.ordered;
    const timed = options.timed ?? (<T>(_: string, work: () => T) => work());
    this.scheduler = new FollowScheduler(win, (work) => timed('paint window', () => this.follow(work)));
    const observer = options.resizeObserver === undefined ? resizeObserverOf(win) : options.resizeObserver;
    this.resizes = observer ? new ResizeWatch(observer, () => this.busy && this.scheduler.runNow('moved'), options.signal) : null;
    let settle: ReturnType<typeof setTimeout> | undefined;
    this.cancel = () => {
      clearTimeout(settle);
      this.scheduler.cancel();
      this.resizes?.stop();
    };
    const onScroll = () => {
      if (!this.busy) return;
      this.schedule('window');
      clearTimeout(settle);
      // Once scrolling stops, a bounded sweep looks beyond the window (layouts that document order does not follow).
      settle = setTimeout(() => timed('paint window', () => this.busy && this.draw(this.window.settled(this.ordered()))), SCROLL_SETTLE_MS);
    };
    const opts = { passive: true, capture: true, signal: options.signal };
    win.addEventListener('scroll', onScroll, opts);
    win.addEventListener('resize', onScroll, opts);
    options.signal.addEventListener('abort', () => this.cancel());
  }

  get paintedCount(): number {
    return this.busy ? this.painter.size : this.highlighted.size;
  }

  private schedule(work: FollowWork): void {
    if (this.busy) this.scheduler.schedule(work);
  }

  /** Brings the overlay up to date: moves it with the page in one step when every mark moved alike, else redraws the window. */
  private follow(work: FollowWork): void {
    if (!this.busy) return;
    const moved = work === 'window' ? 'reflowed' : this.moved();
    if (moved === 'reflowed' || this.painter.size > 3 * this.lastWindow + 32) {
      this.draw(this.window.around(this.ordered()));
      return;
    }
    if (moved) this.painter.shift(moved.dx, moved.dy);
    if (work === 'added') this.drawFresh();
  }

  setBusy(busy: boolean): void {
    if (busy === this.busy) return;
    this.busy = busy;
    if (busy) {
      for (const h of this.highlights.values()) h.clear();
      this.highlighted.clear();
      this.register();
      this.schedule('window');
    } else {
      this.cancel();
      this.painter.clear();
      this.anchors = [];
      for (const m of this.shown) this.highlight(m);
      this.register();
    }
  }

  /**
   * The page changed: on a busy page, drawn marks are moved if the layout
   * moved. Text changed in a block that holds drawn marks is looked at in the
   * next frame (they may have moved inside it); any other change only once
   * its block took a new size (resize-watch.ts): blocks that came or went, or
   * text changed where no mark is drawn.
   */
  pageChanged(changes?: readonly BlockChange[]): void {
    if (!this.busy) return;
    const resizes = this.resizes;
    if (!resizes || !changes || changes.some((c) => c.block === null || (c.inline && this.painter.holdsAny(c.block)))) {
      this.schedule('moved');
      return;
    }
    for (const c of changes) resizes.watch(c.block as Element);
  }

  /** Marks whose text just changed or went: dropped at once, before the next frame shows them on other words. */
  hide(mentions: readonly Mention[]): void {
    if (mentions.length > 0) this.painter.drop(mentions);
  }

  show(mentions: readonly Mention[], style: MarkStyle): void {
    const reg = registry() as HighlightRegistry;
    this.style = style;
    this.painter.setStyle(style);
    for (const h of this.highlights.values()) h.clear();
    this.shown.clear();
    this.highlighted.clear();
    for (const m of mentions) this.shown.add(m);
    if (this.busy) this.schedule('window');
    else for (const m of mentions) this.highlight(m);
    for (const c of CATEGORIES) for (const s of MARK_STYLES) reg.delete(name(c, s));
    this.register();
  }

  add(mentions: readonly Mention[]): void {
    for (const m of mentions) this.shown.add(m);
    if (this.busy) {
      this.fresh.push(...mentions);
      this.schedule('added');
      return;
    }
    for (const m of mentions) this.highlight(m);
    this.register();
  }

  remove(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      this.shown.delete(m);
      if (this.highlighted.delete(m)) this.highlights.get(m.entity.category)?.delete(m.range);
    }
    if (!this.busy && mentions.length > 0) this.register();
    this.hide(mentions);
  }

  setActive(mention: Mention | null): void {
    const reg = registry() as HighlightRegistry;
    if (mention) reg.set('newslens-active', makeHighlight(mention.range));
    else reg.delete('newslens-active');
  }

  flash(mention: Mention): void {
    const reg = registry() as HighlightRegistry;
    reg.set('newslens-flash', makeHighlight(mention.range));
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => reg.delete('newslens-flash'), 1600);
  }

  clear(): void {
    const reg = registry();
    clearTimeout(this.flashTimer);
    this.cancel();
    for (const h of this.highlights.values()) h.clear();
    this.shown.clear();
    this.highlighted.clear();
    this.painter.clear();
    this.anchors = [];
    if (!reg) return;
    for (const key of ALL_NAMES) reg.delete(key);
  }

  private highlight(m: Mention): void {
    if (this.highlighted.has(m)) return;
    this.highlighted.add(m);
    this.highlights.get(m.entity.category)?.add(m.range);
  }

  /** Registers each category's highlight under the current style while it holds marks (a page sees no name for a category it has none of). */
  private register(): void {
    const reg = registry();
    if (!reg) return;
    for (const c of CATEGORIES) {
      const key = name(c, this.style);
      const h = this.highlights.get(c) as Highlight;
      if (h.size === 0) reg.delete(key);
      else if (!reg.has(key)) reg.set(key, h);
    }
  }

  /** Draws exactly `wanted` in the overlay: every box read first, then written. */
  private draw(wanted: ReadonlySet<Mention>): void {
    this.fresh = [];
    const boxes = new Map<Mention, readonly DOMRectReadOnly[]>();
    for (const m of wanted) if (this.shown.has(m)) boxes.set(m, [...m.range.getClientRects()]);
    this.lastWindow = boxes.size;
    const list = [...boxes.keys()];
    const step = Math.max(1, Math.ceil(list.length / ANCHORS));
    this.anchors = [];
    for (let i = 0; i < list.length; i += step) {
      const m = list[i] as Mention;
      const r = (boxes.get(m) as readonly DOMRectReadOnly[])[0];
      if (r) this.anchors.push({ m, top: r.top, left: r.left });
    }
    this.painter.keep(boxes);
  }

  /** Draws the mentions shown since the last update that are near the viewport, leaving the rest of the layer as it is. */
  private drawFresh(): void {
    const fresh = this.fresh.filter((m) => this.shown.has(m));
    this.fresh = [];
    const h = this.window.height();
    const boxes = new Map<Mention, readonly DOMRectReadOnly[]>();
    for (const m of fresh) {
      // One read per mark: its line boxes say whether it is near the viewport too.
      const rects = [...m.range.getClientRects()];
      if (rects.some((r) => this.window.nearBox(r, h))) boxes.set(m, rects);
    }
    this.painter.put(boxes);
    if (this.anchors.length < ANCHORS)
      for (const [m, rects] of boxes) {
        const r = rects[0];
        if (r && this.anchors.length < ANCHORS) this.anchors.push({ m, top: r.top, left: r.left });
      }
  }

  /**
   * Whether the page moved under the drawn marks, judged by a few of them:
   * not at all (null), all by the same offset, or each its own way
   * ('reflowed', also when there is nothing left to judge by).
   */
  private moved(): { dx: number; dy: number } | 'reflowed' | null {
    // Marks taken away since (their text changed) say nothing about the rest.
    this.anchors = this.anchors.filter((a) => this.painter.has(a.m));
    if (this.anchors.length === 0) return this.shown.size > 0 ? 'reflowed' : null;
    let shift: { dx: number; dy: number } | null = null;
    for (const a of this.anchors) {
      const r = a.m.range.getClientRects()[0];
      if (!r) return 'reflowed';
      const dx = r.left - a.left;
      const dy = r.top - a.top;
      if (!shift) shift = { dx, dy };
      else if (Math.abs(dx - shift.dx) > 0.5 || Math.abs(dy - shift.dy) > 0.5) return 'reflowed';
    }
    if (!shift || (Math.abs(shift.dx) <= 0.5 && Math.abs(shift.dy) <= 0.5)) return null;
    for (const a of this.anchors) {
      a.left += shift.dx;
      a.top += shift.dy;
    }
    return shift;
  }
}
