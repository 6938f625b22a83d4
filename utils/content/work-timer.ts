/**
 * Times Newslens's own work on the page's main thread, slice by slice, so
 * the longest task it ever caused can be checked, and keeps the frame's other
 * vital signs (get-stats message).
 */
import type { PageStats } from '@/lib/messages';

export class WorkTimer {
  readonly stats: Omit<PageStats, 'mentions' | 'painted' | 'idle' | 'revealed'> = {
    slices: 0,
    longestSliceMs: 0,
    longestSlice: '',
    totalMs: 0,
    startupMs: null,
    startupWorkMs: null,
    fullIndexMs: null,
    skipped: null,
  };

  /** Runs one slice of work (named for diagnosis) and records how long it took. */
  timed<T>(name: string, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      const ms = performance.now() - start;
      this.stats.slices++;
      this.stats.totalMs += ms;
      if (ms > this.stats.longestSliceMs) {
        this.stats.longestSliceMs = ms;
        this.stats.longestSlice = name;
      }
    }
  }
}
