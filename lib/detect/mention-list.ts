/**
 * The mentions a page holds, in document order, indexed by the text nodes
 * they touch and counted by entity. A rescan of a small part of a large page
 * costs about the size of that part: finding the mentions inside a subtree
 * walks the subtree's text nodes, not the page's mentions, and new mentions
 * are put in place by binary search rather than by sorting the page again.
 */

/** Range.START_TO_START, spelled out: Node has no global Range. */
const START_TO_START = 0;

export interface Listed {
  range: Range;
  /** Every text node the mention touches. */
  nodes: readonly Text[];
  entity: { id: string };
}

const before = (a: Listed, b: Listed) => a.range.compareBoundaryPoints(START_TO_START, b.range) < 0;

/** Sorts mentions by where they start in the document. */
export function sortByDocumentOrder<M extends Listed>(mentions: M[]): M[] {
  return mentions.sort((a, b) => a.range.compareBoundaryPoints(START_TO_START, b.range));
}

export class MentionList<M extends Listed> {
  private items: M[] = [];
  private readonly byNode = new Map<Node, M[]>();
  private readonly counts = new Map<string, number>();
  private readonly counted: (m: M) => boolean;

  /** `counted` picks the mentions `count` counts (all by default). */
  constructor(counted: (m: M) => boolean = () => true) {
    this.counted = counted;
  }

  /** Every mention, in document order. */
  get all(): readonly M[] {
    return this.items;
  }

  get size(): number {
    return this.items.length;
  }

  /** How many counted mentions of the entity the list holds. */
  count(id: string): number {
    return this.counts.get(id) ?? 0;
  }

  /** Adds mentions where they belong in document order (whatever order they come in). */
  insert(added: readonly M[]): void {
    if (added.length === 0) return;
    const sorted = sortByDocumentOrder([...added]);
    for (const m of sorted) this.index(m, 1);
    const items = this.items;
    const first = sorted[0] as M;
    const last = sorted[sorted.length - 1] as M;
    // The usual cases, appended after or put before everything, in one step.
    if (items.length === 0 || !before(first, items[items.length - 1] as M)) items.push(...sorted);
    else if (!before(items[0] as M, last)) this.items = [...sorted, ...items];
    else for (const m of sorted) items.splice(this.position(m), 0, m);
  }

  /** The mentions touching any text node inside `root` (or `root` itself). Costs the size of `root`. */
  within(root: Node): M[] {
    if (root.nodeType === 3) return [...(this.byNode.get(root) ?? [])];
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (!doc || this.byNode.size === 0) return [];
    const found = new Set<M>();
    const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) for (const m of this.byNode.get(n) ?? []) found.add(m);
    return [...found];
  }

  /** Removes these mentions. */
  remove(gone: readonly M[]): void {
    if (gone.length === 0) return;
    const set = new Set(gone);
    this.items = this.items.filter((m) => !set.has(m));
    for (const m of set) this.index(m, -1);
  }

  /** Removes and returns the mentions `drop` picks (looks at every mention). */
  removeWhere(drop: (m: M) => boolean): M[] {
    const gone = this.items.filter(drop);
    this.remove(gone);
    return gone;
  }

  /** The index of the first mention after `m`. */
  private position(m: M): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(m, this.items[mid] as M)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private index(m: M, delta: 1 | -1): void {
    if (this.counted(m)) this.counts.set(m.entity.id, this.count(m.entity.id) + delta);
    for (const node of m.nodes) {
      const list = this.byNode.get(node);
      if (delta > 0) {
        if (list) list.push(m);
        else this.byNode.set(node, [m]);
      } else if (list) {
        const rest = list.filter((x) => x !== m);
        if (rest.length > 0) this.byNode.set(node, rest);
        else this.byNode.delete(node);
      }
    }
  }
}
