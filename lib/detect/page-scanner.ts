/**
 * Finds the mentions on a page and keeps them current as parts of it change.
 * Work comes as resumable jobs so a caller can spread a large page over
 * several short tasks; the same code runs in the browser and in Node.
 */
import type { Category } from '../dataset/schema';
import type { Hit, MatchEntity, Matcher, Unresolved } from '../match/matcher';
import type { Prefilter } from '../match/prefilter';
import { type Block, BlockCollector, blockRange, locate } from '../text/blocks';
import { isSpace } from '../text/normalize';
import { findStory, PageRegions, type PageStory, type Region, storyStands } from '../text/regions';
import { BlockFinder } from './candidates';
import { MentionList } from './mention-list';

export { sortByDocumentOrder } from './mention-list';

const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;
const INVISIBLE_ALL = /[\u00ad\u200b\u2060\ufeff]/g;
/** The word a text ends with (up to 40 characters), or '' when it ends with a space. */
function lastWord(data: string): string {
  let i = data.length;
  while (i > 0 && data.length - i < 40 && !isSpace(data.charCodeAt(i - 1))) i--;
  return data.slice(i);
}

/** Elements whose text is code, not prose. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/** NodeFilter.SHOW_TEXT, spelled out: Node has no global NodeFilter. */
const SHOW_TEXT = 0x4;

export interface Mention {
  entity: MatchEntity;
  /** The text as found on the page (white space normalised). */
  text: string;
  range: Range;
  /** Every text node the mention touches, first to last. */
  nodes: Text[];
  block: Block;
  start: number;
  end: number;
  support: Hit['support'];
  /** The alias that matched, as the data writes it (what "Not this" mutes). */
  alias: string;
  /** With support "context": the words nearby that supported it. */
  cue?: string;
  /** Where on the page it sits: in the story, or (only names that need no support) elsewhere. */
  region: Region;
}

interface Pending {
  block: Block;
  unresolved: Unresolved;
}

/** A name away from the story, kept only once the story names the same entity. */
interface Aside {
  block: Block;
  hit: Hit;
  region: Region;
}

export interface ScanJob {
  /** Works until `shouldYield` returns true; returns true when finished. */
  run(shouldYield?: () => boolean): boolean;
}

export interface ScanChange {
  added: Mention[];
  removed: Mention[];
}

export class PageScanner {
  readonly matcher: Matcher;
  private readonly list = new MentionList<Mention>((m) => m.region === 'article');
  private pending: Pending[] = [];
  private asides: Aside[] = [];
  private story: PageStory | null = null;

  constructor(matcher: Matcher) {
    this.matcher = matcher;
  }

  /** Every mention currently known, in the order found (document order after a full scan). */
  get mentions(): readonly Mention[] {
    return this.list.all;
  }

  /**
   * Scans (or rescans) the subtree at `root`, replacing whatever was known
   * inside it, and (unless `sweep` is false: the caller forgets removed
   * nodes itself, see forgetRemoved) whatever is no longer in the document.
   * `onDone` receives what changed once the job finishes.
   */
  scan(root: Node, onDone?: (change: ScanChange) => void, sweep = true): ScanJob {
    const removed = [...this.forget(root), ...(sweep ? this.forget() : [])];
    const added: Mention[] = [];
    const prefilter = this.matcher.prefilter;
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    // Step 1: flag the text nodes where a name could start (skipped when there is no prefilter).
    let walker: TreeWalker | null = prefilter && doc ? doc.createTreeWalker(root, SHOW_TEXT) : null;
    // Regions are worked out once per scan, from the page's structure (cheap native queries).
    // A full scan looks for the story afresh; a rescan of a part reuses it while it stands.
    if (doc && (root === doc || root === doc.body || root === doc.documentElement || !this.story || !storyStands(this.story)))
      this.story = findStory(doc);
    const regions = doc && this.story ? new PageRegions(doc, this.story) : null;
    const finder = new BlockFinder(root, regions);
    const flagged: Node[] = [];
    // Step 2: read the blocks around them in full.
    let targets: Node[] = walker ? [] : [root];
    let target = 0;
    let collector: BlockCollector | null = null;
    let matched = 0;
    let finished = false;

    const flag = (shouldYield: () => boolean): boolean => {
      const w = walker as TreeWalker;
      const test = prefilter as Prefilter;
      let budget = 0;
      // The word a previous text node ended with, when no space followed: a
      // name split by markup ("<span>Deep</span>Seek") is tested whole.
      let carry = '';
      for (let node = w.nextNode(); node; node = w.nextNode()) {
        let data = (node as Text).data;
        // Long script and style texts are most of some pages' characters and never hold a mention.
        if (data.length > 200 && NOT_TEXT.has((node.parentNode as Element | null)?.localName ?? '')) continue;
        if (INVISIBLE.test(data)) data = data.replace(INVISIBLE_ALL, '');
        // A word split by markup ("<span>Deep</span>Seek") is tested joined as well.
        const n = data.length;
        if (test.test(data) || (carry !== '' && n > 0 && !isSpace(data.charCodeAt(0)) && test.test(carry + data))) {
          const block = finder.blockFor(node as Text);
          if (block) flagged.push(block);
        }
        carry = n === 0 ? carry : lastWord(data);
        if (++budget % 512 === 0 && shouldYield()) return false;
      }
      targets = [...new Set(flagged)];
      walker = null;
      return true;
    };

    return {
      run: (shouldYield = () => false) => {
        if (finished) return true;
        if (walker && !flag(shouldYield)) return false;
        while (target < targets.length || collector) {
          if (!collector) {
            // Each flagged block is read on its own: its own text, not the blocks nested in it. It finds the
            // parts skipped for an attribute (hidden, editable) inside itself: a query of the flagged blocks
            // costs less than one of the whole page, most of which holds no name (its ancestors were
            // checked when it was flagged).
            const next = targets[target++] as Node;
            collector = new BlockCollector(next, undefined, next !== root);
            matched = 0;
          }
          if (!collector.run(shouldYield)) return false;
          const blocks = collector.blocks;
          while (matched < blocks.length) {
            const block = blocks[matched++] as Block;
            const { hits, unresolved } = this.matcher.matchBlock(block.text);
            if (hits.length === 0 && unresolved.length === 0) continue;
            // Away from the story only names that are always names count, and nothing waits for page support.
            const regionAt = (i: number): Region => (regions ? regions.of(locate(block, i).node) : 'article');
            for (const hit of hits) {
              const region = regionAt(hit.start);
              if (region === 'article') added.push(this.mention(block, hit, region));
              else if (region === 'outside' && hit.support === 'confident') this.asides.push({ block, hit, region });
            }
            for (const u of unresolved) if (regionAt(u.start) === 'article') this.pending.push({ block, unresolved: u });
            if (matched % 64 === 0 && shouldYield()) return false;
          }
          collector = null;
        }
        // Blocks are read in the order they were flagged, which nesting can
        // upset; and a rescan's mentions must be merged in.
        this.list.insert(added);
        added.push(...this.resolvePending());
        finished = true;
        onDone?.({ added, removed });
        return true;
      },
    };
  }

  /** Scans synchronously; for tools and tests. */
  scanNow(root: Node): ScanChange {
    let change: ScanChange = { added: [], removed: [] };
    this.scan(root, (c) => {
      change = c;
    }).run();
    return change;
  }

  /**
   * Drops what is inside `root` (found through its text nodes: the cost is
   * the size of `root`, not of the page). Without a root, drops everything
   * no longer in the document (looks at every mention).
   */
  forget(root?: Node): Mention[] {
    const gone = (node: Node) => !node.isConnected || (root !== undefined && (root === node || root.contains(node)));
    const removed = root ? this.list.within(root) : this.list.removeWhere((m) => gone(m.nodes[0] as Text) || m.range.collapsed);
    if (root) this.list.remove(removed);
    this.pending = this.pending.filter((p) => !gone((p.block.segments[0] as { node: Text }).node));
    this.asides = this.asides.filter((p) => !gone((p.block.segments[0] as { node: Text }).node));
    return removed;
  }

  /** Drops the mentions inside nodes taken out of the page (the cost is their size). */
  forgetRemoved(nodes: Iterable<Node>): Mention[] {
    const removed = [...nodes].flatMap((n) => this.list.within(n));
    this.list.remove(removed);
    if (removed.length > 0) this.pending = this.pending.filter((p) => (p.block.segments[0] as { node: Text }).node.isConnected);
    if (this.asides.length > 0) this.asides = this.asides.filter((p) => (p.block.segments[0] as { node: Text }).node.isConnected);
    return removed;
  }

  /** Mentions of enabled categories only. */
  visible(enabled: ReadonlySet<Category>): Mention[] {
    return this.list.all.filter((m) => enabled.has(m.entity.category));
  }

  private mention(block: Block, hit: Hit, region: Region): Mention {
    const { start, end } = hit;
    const { range, nodes } = blockRange(block, start, end);
    const entity = this.matcher.entity(hit.entity);
    const m: Mention = {
      entity,
      text: block.text.slice(start, end),
      range,
      nodes,
      block,
      start,
      end,
      support: hit.support,
      alias: hit.alias,
      region,
    };
    if (hit.cue !== undefined) m.cue = hit.cue;
    return m;
  }

  /** Accepts pending names that the page now supports, and names away from the story that it names too. */
  private resolvePending(): Mention[] {
    if (this.pending.length === 0 && this.asides.length === 0) return [];
    // Only the story names an entity for the page: a name in a sidebar does not vouch for one in the text (the list counts story mentions only).
    const present = { has: (entity: number) => this.list.count(this.matcher.entity(entity).id) > 0 };
    const accepted: Mention[] = [];
    this.pending = this.pending.filter(({ block, unresolved: u }) => {
      const entity = this.matcher.resolveOnPage(u, block.text.length, present);
      if (entity === null) return true;
      const alias = u.aliases[u.candidates.indexOf(entity)] as string;
      accepted.push(this.mention(block, { start: u.start, end: u.end, entity, support: 'page', alias }, 'article'));
      return false;
    });
    // A name in a sidebar or footer is marked only when the story is about that entity too.
    this.asides = this.asides.filter(({ block, hit, region }) => {
      if (!present.has(hit.entity)) return true;
      accepted.push(this.mention(block, hit, region));
      return false;
    });
    this.list.insert(accepted);
    return accepted;
  }
}
