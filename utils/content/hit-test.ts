/**
 * Which mention is under the pointer. The caret APIs give the text node and
 * offset nearest to a point; that is only a guess (they snap to the nearest
 * character, even past the end of a line), so the mention's own rectangles
 * decide.
 */
import type { Mention } from '@/lib/detect/page-scanner';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** True when (x, y) falls in one of the range's line boxes. */
export function rangeContainsPoint(range: Range, x: number, y: number, slop = 1): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/** Mentions by the text nodes they touch, for hit testing. */
export class MentionIndex {
  private readonly byNode = new Map<Text, Mention[]>();

  add(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      for (const node of m.nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(m);
        else this.byNode.set(node, [m]);
      }
    }
  }

  remove(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      for (const node of m.nodes) {
        const list = this.byNode.get(node)?.filter((x) => x !== m);
        if (list && list.length > 0) this.byNode.set(node, list);
        else this.byNode.delete(node);
      }
    }
  }

  clear(): void {
    this.byNode.clear();
  }

  /** The mentions touching `node` or any text node inside it (detached or not). */
  within(node: Node): Mention[] {
    if (node.nodeType === 3) return [...(this.byNode.get(node as Text) ?? [])];
    if (node.nodeType !== 1 && node.nodeType !== 11) return [];
    const doc = node.ownerDocument;
    if (!doc || this.byNode.size === 0) return [];
    const found = new Set<Mention>();
    const walker = doc.createTreeWalker(node, 0x4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) for (const m of this.byNode.get(n as Text) ?? []) found.add(m);
    return [...found];
  }

  /** The mention drawn at (x, y), if any. */
  at(doc: Document, x: number, y: number): Mention | null {
    const caret = caretAt(doc, x, y);
    if (caret?.node.nodeType !== 3) return null;
    for (const m of this.byNode.get(caret.node as Text) ?? []) if (rangeContainsPoint(m.range, x, y)) return m;
    return null;
  }
}
