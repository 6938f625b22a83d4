/**
 * The matcher's tables for this frame: the bundled index compiled at build
 * time, with the user's own index (compiled at import) layered on when there
 * is one and it loads. A frame reads the index's head first
 * (lib/match/index-head.ts): a small index is in it; a large one is read only
 * once a text node holds one of its anchors, and until then a stand-in layer
 * takes its place. One that does not load (an older format, built on other
 * bundled data, damaged) is never used: the frame goes on with the bundled
 * data and asks the background to rebuild it. An index built on no base
 * holds every entity in use (packs that override bundled entities) and is
 * used alone.
 */
import { layered, loadIndex } from '@/lib/match/compiled';
import { planHead, standIn, withAnchors } from '@/lib/match/index-head';
import type { MatcherTables } from '@/lib/match/tables';
import { bundledIndex } from '@/utils/bundled-index';
import { askBackground } from '@/utils/messaging';
import { readUserIndex, readUserIndexHead, watchUserIndex } from '@/utils/user-storage';

const refresh = (reason: string) => void askBackground({ type: 'refresh-index', reason });

/**
 * The tables for the head as read (readPageIndex), or null when the frame
 * must read the whole index now (readFullIndex, then fullTables). `need` is
 * called once a text node needs the index the head stands for.
 */
export function pageTables(head: unknown, need: () => void): MatcherTables | null {
  const plan = planHead(head);
  switch (plan.kind) {
    case 'none':
      return bundledIndex().tables;
    case 'bad':
      refresh(plan.reason);
      return bundledIndex().tables;
    case 'inline':
      return fullTables(plan.index, null);
    case 'read':
      return null;
    case 'anchors': {
      const base = bundledIndex();
      if (plan.head.base !== base.dataset) {
        refresh('built on another base dataset');
        return base.tables;
      }
      return layered(base, standIn(plan.head, plan.anchors, need));
    }
  }
}

/** The tables for `raw`, the whole stored index as read; `head` (as read) lends its anchors as a prefilter. */
export function fullTables(raw: unknown, head: unknown): MatcherTables {
  const base = bundledIndex();
  if (raw === null || raw === undefined) return base.tables;
  const full = (raw as { base?: unknown }).base === null;
  const user = loadIndex(raw, { base: full ? null : base.dataset });
  if (!user.ok) {
    refresh(user.reason);
    return base.tables;
  }
  // Anchors only of this very index: a head written for another would miss its new names.
  const plan = head === null ? null : planHead(head);
  const tables =
    plan?.kind === 'anchors' && plan.head.index === (raw as { checksum?: unknown }).checksum
      ? withAnchors(user.tables, plan.anchors)
      : user.tables;
  return full ? tables : layered(base, { ...user, tables });
}

export const readPageIndex = readUserIndexHead;
export const readFullIndex = readUserIndex;
export const watchPageTables = watchUserIndex;
