/**
 * Marks drawn as boxes in a layer of Newslens's own, for pages that keep
 * changing. Chromium rebuilds every Custom Highlight range and repaints the
 * text under it whenever the page changes its DOM, so on a page that does
 * so many times a second the highlights cost main-thread time in every
 * frame. These boxes cost nothing when the page changes elsewhere: they are
 * repainted only when they themselves move.
 *
 * The layer is one <newslens-overlay> element, last in <html>, positioned at
 * the document's origin so the boxes scroll with the page; its shadow root
 * holds the boxes out of the page's reach. It sits at z-index 0: above the
 * page's text and its plain positioned boxes, below what a page lifts over
 * its text on purpose (sticky headers, menus, dialogs). It never takes
 * pointer events, and exists only while the page is busy.
 */
import type { Category } from '@/lib/dataset/schema';
import type { Mention } from '@/lib/detect/page-scanner';
import type { MarkStyle } from '@/lib/settings/settings';
import { adoptStyles } from './card-host';
import { MARK_COLORS } from './mark-colors';

export const OVERLAY_TAG = 'newslens-overlay';

// The page's styles stop at the host. The layer's offset is set on a container inside the shadow root,
// so moving every box is one style change that nothing inherits.
const HOST_CSS =
  'all: initial !important; position: absolute !important; left: 0 !important; top: 0 !important; width: 0 !important; height: 0 !important; ' +
  'z-index: 0 !important; pointer-events: none !important; contain: layout style !important; display: block !important;';

function sheet(style: MarkStyle): string {
  const rules = (Object.keys(MARK_COLORS) as Category[]).map((c) =>
    style === 'tint'
      ? `.c-${c} > i { background: rgb(${MARK_COLORS[c]} / 0.2); }`
      : `.c-${c} > i { border-bottom: 2px solid rgb(${MARK_COLORS[c]} / 0.85); box-sizing: border-box; }`,
  );
  return `:host { ${HOST_CSS} } .layer, div { position: absolute; left: 0; top: 0; } i { position: absolute; display: block; pointer-events: none; } ${rules.join(' ')}`;
}

interface Drawn {
  el: HTMLElement;
  /** The boxes as last drawn, to skip rewriting what did not move. */
  key: string;
}

export class OverlayPainter {
  private readonly doc: Document;
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private layer: HTMLElement | null = null;
  private style: MarkStyle = 'underline';
  private readonly drawn = new Map<Mention, Drawn>();
  /** How far the layer has been moved since its boxes were written (the page moved under it). */
  private offset = { x: 0, y: 0 };

  constructor(doc: Document) {
    this.doc = doc;
  }

  get size(): number {
    return this.drawn.size;
  }

  has(m: Mention): boolean {
    return this.drawn.has(m);
  }

  setStyle(style: MarkStyle): void {
    if (style === this.style) return;
    this.style = style;
    if (this.root) adoptStyles(this.root, sheet(style));
  }

  /** Moves every box by the same offset, in one write: what the page does when content above them changes size. */
  shift(dx: number, dy: number): void {
    if (!this.layer) return;
    this.offset = { x: this.offset.x + dx, y: this.offset.y + dy };
    this.layer.style.transform = `translate(${this.offset.x}px, ${this.offset.y}px)`;
  }

  /** Takes these marks away. */
  drop(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      this.drawn.get(m)?.el.remove();
      this.drawn.delete(m);
    }
  }

  /**
   * Draws exactly `wanted`, at the boxes given (viewport coordinates, read
   * by the caller before this writes anything), moving only what moved.
   */
  keep(wanted: ReadonlyMap<Mention, readonly DOMRectReadOnly[]>): void {
    const gone = [...this.drawn].filter(([m]) => !wanted.has(m));
    for (const [m] of gone) this.drawn.delete(m);
    // Scrolled a screen on, most boxes go: one replacement of the layer's children costs less than a removal each.
    if (gone.length > 16 && this.layer) this.layer.replaceChildren(...[...this.drawn.values()].map((d) => d.el));
    else for (const [, d] of gone) d.el.remove();
    this.put(wanted);
  }

  /** Draws (or moves) these marks, leaving the others as they are. */
  put(wanted: ReadonlyMap<Mention, readonly DOMRectReadOnly[]>): void {
    if (wanted.size === 0) return;
    const root = this.ensure();
    // The layer's own origin (moved with it), so a page that offsets <html> still gets its boxes in place.
    const origin = root.getBoundingClientRect();
    for (const [m, rects] of wanted) {
      const boxes = rects.filter((r) => r.width > 0 && r.height > 0);
      const key = boxes.map((r) => `${r.left - origin.left},${r.top - origin.top},${r.width},${r.height}`).join(';');
      const known = this.drawn.get(m);
      if (known && known.key === key) continue;
      const el = known?.el ?? this.doc.createElement('div');
      el.className = `c-${m.entity.category}`;
      el.replaceChildren(
        ...boxes.map((r) => {
          const i = this.doc.createElement('i');
          i.style.cssText = `left:${r.left - origin.left}px;top:${r.top - origin.top}px;width:${r.width}px;height:${r.height}px`;
          return i;
        }),
      );
      if (!known) root.append(el);
      this.drawn.set(m, { el, key });
    }
  }

  clear(): void {
    this.drawn.clear();
    this.offset = { x: 0, y: 0 };
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.layer = null;
  }

  /** The container the boxes live in (created with the layer when needed). */
  private ensure(): HTMLElement {
    if (this.layer && this.host?.isConnected) return this.layer;
    const host = this.doc.createElement(OVERLAY_TAG);
    host.setAttribute('aria-hidden', 'true');
    const root = host.attachShadow({ mode: 'closed' });
    adoptStyles(root, sheet(this.style));
    const layer = this.doc.createElement('section');
    layer.className = 'layer';
    if (this.offset.x !== 0 || this.offset.y !== 0) layer.style.transform = `translate(${this.offset.x}px, ${this.offset.y}px)`;
    root.append(layer);
    this.doc.documentElement.append(host);
    for (const d of this.drawn.values()) layer.append(d.el);
    this.host = host;
    this.root = root;
    this.layer = layer;
    return layer;
  }
}
