/**
 * The DOM text model: text nodes grouped into blocks as a reader sees them.
 * Inline elements join ("<b>Volcano</b> Engine" is one phrase), block
 * elements, <br>, table cells and list items separate. White space collapses
 * to one space. Each block keeps a map from its characters back to the text
 * nodes they came from, so a match becomes a DOM Range.
 */
import { INVISIBLE_CHARS, isInvisible, SPACE_CHARS } from './normalize';

/** Any white space other than a plain space, two spaces in a row, or an invisible character. */
const UNUSUAL_SPACE = new RegExp(`[${SPACE_CHARS.replace(' ', '')}${INVISIBLE_CHARS}]| {2}`);
/** Runs of characters a reader sees. */
const VISIBLE_RUN = new RegExp(`[^${SPACE_CHARS}${INVISIBLE_CHARS}]+`, 'g');

/** Output characters from `start` on map one-to-one onto `node` from `offset` on, until the next segment. */
export interface Segment {
  start: number;
  node: Text;
  offset: number;
}

export interface Block {
  text: string;
  segments: Segment[];
}

const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure footer form ' +
    'frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul ' +
    'button label option optgroup'
  ).split(' '),
);

/** Elements whose text a reader is not reading, or is editing. */
const SKIP_TAGS = new Set(
  'script style noscript template textarea input select iframe frame object embed canvas svg math video audio head title'.split(' '),
);

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/**
 * Newslens's own UI elements are custom elements named newslens-…; their text
 * is not the page's. The fallback mark wrapper is the exception: it holds
 * page text and is read through like any inline element.
 */
export function isOwnUi(el: Element): boolean {
  return el.localName.startsWith('newslens-') && el.localName !== 'newslens-mark';
}

function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  return el.getAttribute('role') === 'textbox';
}

/** True for an element whose whole subtree Newslens leaves alone. */
export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.localName) || isOwnUi(el) || isEditable(el) || el.hasAttribute('hidden');
}

/** True when the node, or any ancestor, is skipped. */
export function isInsideSkipped(node: Node): boolean {
  for (let n: Node | null = node.nodeType === 1 ? node : node.parentNode; n && n.nodeType === 1; n = n.parentNode) {
    if (isSkipped(n as Element)) return true;
  }
  return false;
}

/** Attributes that make a subtree skipped; found with one native query (they are rare). */
const SKIP_ATTRIBUTE_SELECTOR = '[contenteditable],[role="textbox"],[hidden]';

/** The elements under `root` skipped because of an attribute (editable, hidden, a text box). */
export function skippedByAttributeUnder(root: Node): Set<Node> {
  const found = new Set<Node>();
  const scope = root as Partial<ParentNode>;
  if (typeof scope.querySelectorAll === 'function') {
    for (const el of scope.querySelectorAll(SKIP_ATTRIBUTE_SELECTOR)) if (isSkipped(el)) found.add(el);
  }
  return found;
}

/**
 * Collects the blocks under `root` incrementally: `run` does work until
 * `shouldYield` says stop (checked every few hundred nodes) and returns true
 * once the whole subtree is done. New blocks are appended to `blocks`.
 *
 * This runs on every page, so the loop is lean: a depth-first walk over
 * firstChild/nextSibling (which tells when a block ends), tag names looked up
 * in sets, rare attributes found once by a native query, and text taken in
 * whole runs by regular expressions rather than character by character.
 */
export class BlockCollector {
  readonly blocks: Block[] = [];
  private readonly root: Node;
  private readonly skippedByAttribute: ReadonlySet<Node>;
  private current: Node | null;
  private descending = true;
  private parts: string[] = [];
  private length = 0;
  private segments: Segment[] = [];
  private last: Segment | null = null;
  private pendingSpace: { node: Text; offset: number } | null = null;

  /** With `shallow`, block elements inside the root are left out: only the root's own text is read. */
  private readonly shallow: boolean;

  /**
   * `skipped`: the elements skipped for an attribute, when the caller already
   * knows them (found once for a whole page rather than once per block).
   */
  constructor(root: Node, skipped?: ReadonlySet<Node>, shallow = false) {
    this.root = root;
    this.shallow = shallow;
    const rootSkipped = root.nodeType === 1 && isSkipped(root as Element);
    this.current = rootSkipped ? null : root;
    this.skippedByAttribute = skipped ?? (rootSkipped ? new Set() : skippedByAttributeUnder(root));
  }

  run(shouldYield: () => boolean = () => false): boolean {
    const root = this.root;
    let node = this.current;
    let down = this.descending;
    let budget = 0;
    while (node) {
      if (++budget % 512 === 0 && shouldYield()) {
        this.current = node;
        this.descending = down;
        return false;
      }
      const type = node.nodeType;
      if (down) {
        if (type === 3) this.appendText(node as Text);
        else if (type === 1) {
          const name = (node as Element).localName;
          const block = BLOCK_TAGS.has(name);
          if (block || name === 'br') this.flush();
          const skip =
            node !== root &&
            ((block && this.shallow) ||
              SKIP_TAGS.has(name) ||
              name === 'newslens-card' ||
              (this.skippedByAttribute.size > 0 && this.skippedByAttribute.has(node)));
          // A name never runs across a part left unread (a script, a field, an icon): the text on either side stands apart,
          // and no Range of a mention spans what the reader is not reading.
          if (skip && !block) this.flush();
          const first = skip ? null : node.firstChild;
          if (first) {
            node = first;
            continue;
          }
          if (block) this.flush();
        } else if (type === 9 || type === 11) {
          const first = node.firstChild;
          if (first) {
            node = first;
            continue;
          }
        }
      } else if (type === 1 && BLOCK_TAGS.has((node as Element).localName)) {
        this.flush();
      }
      if (node === root) break;
      const next = node.nextSibling;
      if (next) {
        node = next;
        down = true;
      } else {
        node = node.parentNode;
        down = false;
      }
    }
    this.current = null;
    this.flush();
    return true;
  }

  private emit(node: Text, offset: number, text: string): void {
    const last = this.last;
    if (!(last && last.node === node && last.offset + (this.length - last.start) === offset)) {
      this.last = { start: this.length, node, offset };
      this.segments.push(this.last);
    }
    this.parts.push(text);
    this.length += text.length;
  }

  private appendText(node: Text): void {
    const data = node.data;
    const n = data.length;
    if (n === 0) return;
    // Fast path: only single plain spaces between words (most text nodes).
    if (!UNUSUAL_SPACE.test(data)) {
      let from = 0;
      let to = n;
      if (data.charCodeAt(0) === 0x20) {
        this.space(node, 0);
        from = 1;
      }
      const trailing = to > from && data.charCodeAt(to - 1) === 0x20;
      if (trailing) to--;
      if (to > from) {
        this.flushSpace();
        this.emit(node, from, from === 0 && to === n ? data : data.slice(from, to));
      }
      if (trailing) this.space(node, to);
      return;
    }
    VISIBLE_RUN.lastIndex = 0;
    let end = 0;
    for (let m = VISIBLE_RUN.exec(data); m; m = VISIBLE_RUN.exec(data)) {
      if (m.index > end) this.gap(node, data, end, m.index);
      this.flushSpace();
      this.emit(node, m.index, m[0]);
      end = m.index + m[0].length;
    }
    if (end < n) this.gap(node, data, end, n);
  }

  /** A stretch between visible runs: a space if it holds any white space, nothing if only invisible characters. */
  private gap(node: Text, data: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      if (!isInvisible(data.charCodeAt(i))) {
        this.space(node, i);
        return;
      }
    }
  }

  private space(node: Text, offset: number): void {
    if (this.length > 0 && !this.pendingSpace) this.pendingSpace = { node, offset };
  }

  private flushSpace(): void {
    if (!this.pendingSpace) return;
    this.emit(this.pendingSpace.node, this.pendingSpace.offset, ' ');
    this.pendingSpace = null;
  }

  private flush(): void {
    if (this.length > 0)
      this.blocks.push({ text: this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join(''), segments: this.segments });
    if (this.parts.length > 0) this.parts = [];
    this.length = 0;
    if (this.segments.length > 0) this.segments = [];
    this.last = null;
    this.pendingSpace = null;
  }
}

/** All blocks under `root`, in document order. */
export function collectBlocks(root: Node): Block[] {
  const collector = new BlockCollector(root);
  collector.run();
  return collector.blocks;
}

function segmentAt(block: Block, index: number): number {
  const segs = block.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((segs[mid] as Segment).start <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text node and offset that block character `index` came from. */
export function locate(block: Block, index: number): { node: Text; offset: number; segment: number } {
  const segment = segmentAt(block, index);
  const seg = block.segments[segment] as Segment;
  return { node: seg.node, offset: seg.offset + (index - seg.start), segment };
}

/** A Range covering block characters [start, end), possibly across several text nodes. */
export function blockRange(block: Block, start: number, end: number): { range: Range; nodes: Text[] } {
  const a = locate(block, start);
  const b = locate(block, end - 1);
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset + 1);
  const nodes: Text[] = [];
  for (let s = a.segment; s <= b.segment; s++) {
    const node = (block.segments[s] as Segment).node;
    if (nodes[nodes.length - 1] !== node) nodes.push(node);
  }
  return { range, nodes };
}
