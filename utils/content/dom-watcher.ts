/**
 * Watches the page for changes and reports, in idle time, the smallest
 * subtrees worth rescanning: the nearest block around each change. Changes
 * inside Newslens's own UI or in skipped parts (scripts, editors) are ignored.
 */
import { isBlockElement, isInsideSkipped, isOwnUi } from '@/lib/text/blocks';

export interface DomWatcher {
  /** Runs `work` (which changes the DOM on purpose) without reporting its mutations. */
  ignore<T>(work: () => T): T;
  stop(): void;
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

export function watchDom(
  doc: Document,
  signal: AbortSignal,
  onRoots: (roots: Element[], removed: boolean) => void,
  idle: (fn: () => void) => void,
): DomWatcher {
  let roots = new Set<Element>();
  let removed = false;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    if (signal.aborted) return;
    const list = [...roots].filter((r) => r.isConnected);
    const hadRemovals = removed;
    roots = new Set();
    removed = false;
    // A root inside another root is covered by it.
    const top = list.filter((r) => !list.some((o) => o !== r && o.contains(r)));
    if (top.length > 0 || hadRemovals) onRoots(top, hadRemovals);
  };

  const handle = (records: MutationRecord[]) => {
    for (const rec of records) {
      const target = rec.target;
      if (rec.type === 'childList') {
        const nodes = [...rec.addedNodes, ...rec.removedNodes];
        if (nodes.length > 0 && nodes.every(ownNode)) continue;
        if (rec.removedNodes.length > 0) removed = true;
      }
      if ((target.nodeType === 1 && isOwnUi(target as Element)) || isInsideSkipped(target)) continue;
      const root = rescanRoot(target);
      if (root) roots.add(root);
    }
    if (!scheduled && (roots.size > 0 || removed)) {
      scheduled = true;
      idle(flush);
    }
  };

  const observer = new MutationObserver(handle);
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect());

  return {
    ignore(work) {
      handle(observer.takeRecords());
      try {
        return work();
      } finally {
        observer.takeRecords();
      }
    },
    stop: () => observer.disconnect(),
  };
}
