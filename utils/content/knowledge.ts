/**
 * The matcher's tables for this frame: the bundled index compiled at build
 * time, with the user's own index (compiled at import) layered on when there
 * is one and it loads. Reading the stored index is a call of its own, so a
 * cold start can tell its wait on storage from its own work. One that does not (an older format, built on other
 * bundled data, damaged) is never used: the frame goes on with the bundled
 * data and asks the background to rebuild it. An index built on no base
 * holds every entity in use (packs that override bundled entities) and is
 * used alone.
 */
import { layered, loadIndex } from '@/lib/match/compiled';
import type { MatcherTables } from '@/lib/match/tables';
import { bundledIndex } from '@/utils/bundled-index';
import { askBackground } from '@/utils/messaging';
import { readUserIndex, watchUserIndex } from '@/utils/user-storage';

/** The tables for `raw`, the stored index as read (readPageIndex), or null when there is none. */
export function pageTables(raw: unknown): MatcherTables {
  const base = bundledIndex();
  if (raw === null || raw === undefined) return base.tables;
  const full = (raw as { base?: unknown }).base === null;
  const user = loadIndex(raw, { base: full ? null : base.dataset });
  if (!user.ok) {
    void askBackground({ type: 'refresh-index', reason: user.reason });
    return base.tables;
  }
  return full ? user.tables : layered(base, user);
}

export const readPageIndex = readUserIndex;
export const watchPageTables = watchUserIndex;
