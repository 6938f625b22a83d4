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
import { MARK_COLORS } from './mark-colors';
import type { Marker } from './marker';

export const MARK_TAG = 'newslens-mark';

function markCss(category: Category, style: MarkStyle): string {
  const rgb = MARK_COLORS[category];
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

  /** Wrappers cost nothing per frame: every mark stays, and moves with its text. */
  setBusy(): void {}
  pageChanged(): void {}
  hide(): void {}

  get paintedCount(): number {
    return this.marks.size;
  }

  show(mentions: readonly Mention[], style: MarkStyle): void {
    this.clear();
    this.style = style;
    this.add(mentions);
  }

  add(mentions: readonly Mention[]): void {
    // Every piece is located before anything is split, then each text node is
    // cut from its end backwards, so the offsets still to be used stay valid
    // (whether or not the browser updates live ranges when text nodes split).
    const byNode = new Map<Text, Array<{ mention: Mention; from: number; to: number }>>();
    for (const m of mentions) {
      if (this.marks.has(m)) continue;
      this.marks.set(m, []);
      for (const piece of pieces(m)) {
        const list = byNode.get(piece.node) ?? [];
        list.push({ mention: m, from: piece.from, to: piece.to });
        byNode.set(piece.node, list);
      }
    }
    for (const [node, list] of byNode) {
      list.sort((a, b) => b.from - a.from);
      for (const { mention, from, to } of list) {
        const mark = this.wrap(node, from, to, mention);
        this.marks.get(mention)?.unshift(mark);
      }
    }
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

  private wrap(node: Text, from: number, to: number, m: Mention): HTMLElement {
    const doc = node.ownerDocument;
    if (to < node.length) node.splitText(to);
    const middle = from > 0 ? node.splitText(from) : node;
    const mark = doc.createElement(MARK_TAG);
    const root = mark.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = markCss(m.entity.category, this.style);
    root.append(style, doc.createElement('slot'));
    middle.before(mark);
    mark.append(middle);
    return mark;
  }
}

/** The stretches of text nodes a mention covers, read from its range. */
function pieces(m: Mention): Array<{ node: Text; from: number; to: number }> {
  const { startContainer, startOffset, endContainer, endOffset } = m.range;
  const out: Array<{ node: Text; from: number; to: number }> = [];
  const common = m.range.commonAncestorContainer;
  if (common.nodeType === 3) return [{ node: common as Text, from: startOffset, to: endOffset }];
  const walker = (common.ownerDocument as Document).createTreeWalker(common, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    if (!m.range.intersectsNode(node)) continue;
    const from = node === startContainer ? startOffset : 0;
    const to = node === endContainer ? endOffset : node.length;
    if (to > from) out.push({ node, from, to });
  }
  return out;
}

function unwrap(el: Element): void {
  el.replaceWith(...el.childNodes);
}
