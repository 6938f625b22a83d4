/**
 * Watches the page for changes and reports, in idle time, the smallest
 * subtrees worth rescanning: an added block that stands between blocks (a
 * feed item, a live-blog post) on its own, since the text around it is
 * unchanged; otherwise the nearest block around the change. Changes inside
 * Newslens's own UI or in skipped parts (scripts, editors) are ignored.
 *
 * Reports come at most every MIN_INTERVAL_MS, so a page that changes many
 * times a second is rescanned a few times a second, each time for all its
 * changes. A page that keeps changing is "busy" (the marks then paint only
 * near the viewport: see paint-window.ts).
 */
import { isBlockElement, isInsideSkipped, isOwnUi } from '@/lib/text/blocks';
import { isSpace } from '@/lib/text/normalize';

/** Changes are gathered for at least this long between reports; a second on a busy page, so each report carries many. */
export const MIN_INTERVAL_MS = 250;
export const BUSY_INTERVAL_MS = 1000;
/** This many reports within BUSY_SPAN_MS make a page busy; none for QUIET_MS makes it quiet again. */
const BUSY_REPORTS = 3;
const BUSY_SPAN_MS = 2000;
const QUIET_MS = 5000;

export interface DomWatcher {
  /** Runs `work` (which changes the DOM on purpose) without reporting its mutations. */
  ignore<T>(work: () => T): T;
  /**
   * Watches the page (true, the start) or not at all (false: Newslens is off
   * for the site, so a page that changes costs it nothing; what changed
   * meanwhile is not reported, the caller rescans on resuming).
   */
  setWatching(on: boolean): void;
  stop(): void;
}

export interface DomChanges {
  /** Subtrees to rescan, none inside another. */
  roots: Element[];
  /** Nodes taken out of the page: mentions in them must go. */
  removed: Node[];
}

function ownNode(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName.startsWith('newslens-');
}

/** The element to rescan for a change at `node`: its nearest block ancestor. */
export function rescanRoot(node: Node): Element | null {
  for (let n: Node | null = node.nodeType === 1 ? node : node.parentNode; n; n = n.parentNode) {
    if (n.nodeType === 1 && isBlockElement(n as Element)) return n as Element;
    if (n.nodeType === 11) return null; // inside a shadow root: not part of the page's text
  }
  return null;
}

/**
 * The block whose size a change at `node` can alter: its nearest block
 * ancestor (through a shadow root to its host), or null when there is none
 * below <html> (then anything may have moved).
 */
export function changedBlock(node: Node): Element | null {
  for (let n: Node | null = node.nodeType === 1 ? node : node.parentNode; n; ) {
    if (n.nodeType === 11) {
      n = (n as ShadowRoot).host ?? null;
      continue;
    }
    if (n.nodeType !== 1) return null;
    const el = n as Element;
    if (el.localName === 'html' || el.localName === 'body') return null;
    if (isBlockElement(el)) return el;
    n = el.parentNode;
  }
  return null;
}

/** True for a node that does not join the text around it: absent, a block, a comment, or white space only. */
function separates(node: Node | null): boolean {
  if (!node) return true;
  if (node.nodeType === 1) return isBlockElement(node as Element);
  if (node.nodeType === 3) {
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) if (!isSpace(data.charCodeAt(i))) return false;
    return true;
  }
  return node.nodeType === 8;
}

/** A block added or removed between blocks leaves the text of its parent as it was. */
function standsAlone(node: Node, previous: Node | null, next: Node | null): boolean {
  return node.nodeType === 1 && isBlockElement(node as Element) && separates(previous) && separates(next);
}

/** Where a change happened, for what it can have moved. */
export interface BlockChange {
  /** The block it happened in (changedBlock), or null when outside any. */
  block: Element | null;
  /**
   * True when text or inline content changed (what follows it in the block may
   * have moved while the block kept its size); false when only whole blocks
   * came or went, which moves nothing unless the block's size changes.
   */
  inline: boolean;
}

/** True for a node whose coming or going only moves what is around it as a block does. */
function isWholeBlock(node: Node): boolean {
  return (node.nodeType === 1 && isBlockElement(node as Element)) || node.nodeType === 8;
}

export interface WatchOptions {
  /** The changes to rescan, at most every MIN_INTERVAL_MS, in idle time. */
  onChanges: (changes: DomChanges) => void;
  idle: (fn: () => void) => void;
  /** The page became busy (keeps changing) or quiet again. */
  onBusy?: (busy: boolean) => void;
  /**
   * Right after each change of the page (before the next frame): the nodes
   * whose text went or changed, and the blocks the changes happened in.
   */
  onMutation?: (touched: Node[], changes: readonly BlockChange[]) => void;
}

export function watchDom(doc: Document, signal: AbortSignal, options: WatchOptions): DomWatcher {
  const { onChanges, idle, onBusy = () => undefined, onMutation } = options;
  let roots = new Set<Element>();
  let removed: Node[] = [];
  let scheduled = false;
  let lastReport = Number.NEGATIVE_INFINITY;
  const reports: number[] = [];
  let busy = false;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;

  const noteReport = (now: number) => {
    reports.push(now);
    while (reports.length > 0 && (reports[0] as number) < now - BUSY_SPAN_MS) reports.shift();
    if (!busy && reports.length >= BUSY_REPORTS) {
      busy = true;
      onBusy(true);
    }
    clearTimeout(quietTimer);
    quietTimer = setTimeout(() => {
      if (!busy || signal.aborted) return;
      busy = false;
      onBusy(false);
    }, QUIET_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(quietTimer));

  const flush = () => {
    scheduled = false;
    if (signal.aborted) return;
    const list = [...roots].filter((r) => r.isConnected);
    const gone = removed;
    roots = new Set();
    removed = [];
    // A root inside another root is covered by it.
    const top = list.length < 2 ? list : list.filter((r) => !list.some((o) => o !== r && o.contains(r)));
    if (top.length === 0 && gone.length === 0) return;
    lastReport = performance.now();
    noteReport(lastReport);
    onChanges({ roots: top, removed: gone });
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    const wait = lastReport + (busy ? BUSY_INTERVAL_MS : MIN_INTERVAL_MS) - performance.now();
    if (wait > 0) setTimeout(() => idle(flush), wait);
    else idle(flush);
  };

  const consider = (target: Node, root: Element | null) => {
    if ((target.nodeType === 1 && isOwnUi(target as Element)) || isInsideSkipped(target)) return;
    if (root) roots.add(root);
  };

  const handle = (records: MutationRecord[]) => {
    const touched: Node[] = [];
    const blocks = new Map<Element | null, boolean>();
    const note = (target: Node, inline: boolean) => {
      const block = changedBlock(target);
      blocks.set(block, inline || blocks.get(block) === true);
    };
    let foreign = false;
    for (const rec of records) {
      const target = rec.target;
      if (rec.type !== 'childList') {
        foreign = true;
        touched.push(target);
        if (onMutation) note(target, true);
        consider(target, rescanRoot(target));
        continue;
      }
      const added = rec.addedNodes;
      const gone = rec.removedNodes;
      if (added.length + gone.length > 0 && [...added, ...gone].every(ownNode)) continue;
      foreign = true;
      if (onMutation) note(target, ![...added, ...gone].every(isWholeBlock));
      for (const node of gone) {
        if (ownNode(node)) continue;
        removed.push(node);
        touched.push(node);
      }
      // Blocks added between blocks are read on their own; anything else changes its parent's text.
      let parentText = gone.length > 0 && !(gone.length === 1 && standsAlone(gone[0] as Node, rec.previousSibling, rec.nextSibling));
      for (const node of added) {
        if (ownNode(node)) continue;
        if (standsAlone(node, node.previousSibling, node.nextSibling)) consider(node, node as Element);
        else parentText = true;
      }
      if (parentText) consider(target, rescanRoot(target));
    }
    if (roots.size > 0 || removed.length > 0) schedule();
    if (onMutation && foreign)
      onMutation(
        touched,
        [...blocks].map(([block, inline]) => ({ block, inline })),
      );
  };

  const observer = new MutationObserver(handle);
  let watching = false;
  const setWatching = (on: boolean) => {
    if (on === watching || (on && signal.aborted)) return;
    watching = on;
    if (on) {
      observer.observe(doc, { childList: true, subtree: true, characterData: true });
      return;
    }
    observer.disconnect();
    roots = new Set();
    removed = [];
  };
  setWatching(true);
  signal.addEventListener('abort', () => setWatching(false));

  return {
    ignore(work) {
      handle(observer.takeRecords());
      try {
        return work();
      } finally {
        observer.takeRecords();
      }
    },
    setWatching,
    stop: () => setWatching(false),
  };
}
