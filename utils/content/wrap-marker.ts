/**
 * Fallback marks for browsers without the Custom Highlight API: each
 * mention's text is wrapped in <newslens-mark>, an element whose look is set
 * from inside its own shadow root, out of the page's reach. The page's text
 * stays the same; its DOM gains these wrappers, which is why this is only a
 * fallback. Callers run it with mutation observing paused.
 */
import type { Category } from '@/lib/dataset/schema';
import type { Mention } from '@/lib/detect/page-scanner';
import type { MarkStyle } from '@/lib/settings/settings';
import type { Marker } from './marker';

export const MARK_TAG = 'newslens-mark';

const COLORS: Record<Category, string> = {
  person: '139 92 246',
  company: '59 130 246',
  product: '16 185 129',
  lab: '249 115 22',
  media: '236 72 153',
};

function markCss(category: Category, style: MarkStyle): string {
  const rgb = COLORS[category];
  const look =
    style === 'tint' ? `background-color: rgb(${rgb} / 0.2) !important;` : `text-decoration: underline 2px rgb(${rgb} / 0.85) !important;`;
  return `:host { all: unset !important; display: inline !important; ${look} }
:host([data-active]) { background-color: rgb(250 204 21 / 0.35) !important; }
:host([data-flash]) { background-color: rgb(250 204 21 / 0.75) !important; }`;
}

export class WrapMarker implements Marker {
  private readonly marks = new Map<Mention, HTMLElement[]>();
  private style: MarkStyle = 'underline';
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  show(mentions: readonly Mention[], style: MarkStyle): void {
    this.clear();
    this.style = style;
    this.add(mentions);
  }

  add(mentions: readonly Mention[]): void {
    for (const m of mentions) if (!this.marks.has(m)) this.marks.set(m, this.wrap(m));
  }

  remove(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      for (const el of this.marks.get(m) ?? []) unwrap(el);
      this.marks.delete(m);
    }
  }

  /** The mention whose mark is at or around `el`, if any. */
  mentionOf(el: Element | null): Mention | null {
    const mark = el?.closest(MARK_TAG);
    if (!mark) return null;
    for (const [m, els] of this.marks) if (els.includes(mark as HTMLElement)) return m;
    return null;
  }

  setActive(mention: Mention | null): void {
    for (const [m, els] of this.marks) for (const el of els) el.toggleAttribute('data-active', m === mention);
  }

  flash(mention: Mention): void {
    const els = this.marks.get(mention) ?? [];
    for (const el of els) el.setAttribute('data-flash', '');
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      for (const el of els) el.removeAttribute('data-flash');
    }, 1600);
  }

  clear(): void {
    clearTimeout(this.flashTimer);
    for (const els of this.marks.values()) for (const el of els) unwrap(el);
    this.marks.clear();
  }

  private wrap(m: Mention): HTMLElement[] {
    const { startContainer, startOffset, endContainer, endOffset } = m.range;
    const doc = startContainer.ownerDocument as Document;
    // Read the text nodes from the live range: earlier wraps may have split the ones the scan saw.
    const pieces: Array<{ node: Text; from: number; to: number }> = [];
    const common = m.range.commonAncestorContainer;
    const walker = doc.createTreeWalker(common, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n: Node | null = common.nodeType === 3 ? common : walker.nextNode(); n; n = walker.nextNode()) {
      const node = n as Text;
      if (!m.range.intersectsNode(node)) continue;
      const from = node === startContainer ? startOffset : 0;
      const to = node === endContainer ? endOffset : node.length;
      if (to > from) pieces.push({ node, from, to });
      if (common.nodeType === 3) break;
    }
    return pieces.map(({ node, from, to }) => {
      let middle = node;
      if (from > 0) middle = middle.splitText(from);
      if (to - from < middle.length) middle.splitText(to - from);
      const mark = doc.createElement(MARK_TAG);
      const root = mark.attachShadow({ mode: 'open' });
      const style = doc.createElement('style');
      style.textContent = markCss(m.entity.category, this.style);
      root.append(style, doc.createElement('slot'));
      middle.before(mark);
      mark.append(middle);
      return mark;
    });
  }
}

function unwrap(el: Element): void {
  el.replaceWith(...el.childNodes);
}
