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
 *
 * The boxes are SVG rectangles in one <svg>, not positioned HTML elements:
 * each positioned element is a paint layer of its own, which the browser
 * walks again in every frame of a changing page (its compositing and
 * pre-paint steps grew with the number of marks); rectangles are not.
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

const SVG_NS = 'http://www.w3.org/2000/svg';
/** An underline's thickness, in CSS pixels (as highlights.css draws it). */
const UNDERLINE = 2;

function sheet(style: MarkStyle): string {
  const alpha = style === 'tint' ? 0.2 : 0.85;
  const rules = (Object.keys(MARK_COLORS) as Category[]).map((c) => `.c-${c} { fill: rgb(${MARK_COLORS[c]} / ${alpha}); }`);
  // The <svg> is a point at the origin whose content overflows it: it never takes room or pointer events.
  return `:host { ${HOST_CSS} } .layer { position: absolute; left: 0; top: 0; width: 1px; height: 1px; overflow: visible; pointer-events: none; } ${rules.join(' ')}`;
}

/** A line box as drawn in the current style: the whole box (tint) or its bottom edge (underline). */
function shape(r: DOMRectReadOnly, x: number, y: number, style: MarkStyle): [number, number, number, number] {
  const left = r.left - x;
  const top = r.top - y;
  return style === 'tint'
    ? [left, top, r.width, r.height]
    : [left, top + r.height - Math.min(UNDERLINE, r.height), r.width, Math.min(UNDERLINE, r.height)];
}

interface Drawn {
  el: SVGGElement;
  /** The boxes as last drawn, to skip rewriting what did not move. */
  key: string;
}

export class OverlayPainter {
  private readonly doc: Document;
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private layer: SVGSVGElement | null = null;
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

  /** True when a mark drawn now starts inside `el`. */
  holdsAny(el: Element): boolean {
    for (const m of this.drawn.keys()) if (el.contains(m.range.startContainer)) return true;
    return false;
  }

  setStyle(style: MarkStyle): void {
    if (style === this.style) return;
    this.style = style;
    if (this.root) adoptStyles(this.root, sheet(style));
    // Underline and tint are different shapes: every mark is drawn again when next put.
    for (const d of this.drawn.values()) d.key = '';
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
      const boxes = rects.filter((r) => r.width > 0 && r.height > 0).map((r) => shape(r, origin.left, origin.top, this.style));
      const key = boxes.map((b) => b.join(',')).join(';');
      const known = this.drawn.get(m);
      if (known && known.key === key) continue;
      const el = known?.el ?? (this.doc.createElementNS(SVG_NS, 'g') as SVGGElement);
      el.setAttribute('class', `c-${m.entity.category}`);
      el.replaceChildren(
        ...boxes.map(([x, y, width, height]) => {
          const rect = this.doc.createElementNS(SVG_NS, 'rect');
          rect.setAttribute('x', String(x));
          rect.setAttribute('y', String(y));
          rect.setAttribute('width', String(width));
          rect.setAttribute('height', String(height));
          return rect;
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
  private ensure(): SVGSVGElement {
    if (this.layer && this.host?.isConnected) return this.layer;
    const host = this.doc.createElement(OVERLAY_TAG);
    host.setAttribute('aria-hidden', 'true');
    const root = host.attachShadow({ mode: 'closed' });
    adoptStyles(root, sheet(this.style));
    const layer = this.doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
    layer.setAttribute('class', 'layer');
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
