/**
 * The matcher's tables for this frame: the bundled index compiled at build
 * time, with the user's own index (compiled at import) layered on when there
 * is one and it loads. One that does not (an older format, built on other
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

/** The tables, from the stored index `stored` (as read at start-up, see first-reads.ts) or read now. */
export async function pageTables(stored: Promise<unknown> = readUserIndex()): Promise<MatcherTables> {
  const base = bundledIndex();
  const raw = await stored;
  if (raw === null || raw === undefined) return base.tables;
  const full = (raw as { base?: unknown }).base === null;
  const user = loadIndex(raw, { base: full ? null : base.dataset });
  if (!user.ok) {
    void askBackground({ type: 'refresh-index', reason: user.reason });
    return base.tables;
  }
  return full ? user.tables : layered(base, user);
}

export const watchPageTables = watchUserIndex;
