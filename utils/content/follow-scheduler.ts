/**
 * When the busy-page overlay catches up with the page (highlight-marker.ts),
 * in a frame the page makes anyway. After a change of the page ('moved') or
 * a scroll ('window'): at the start of the next animation frame, whose layout
 * the boxes' read then does (no layout twice), before that frame is painted.
 * New marks ('added') wait for the page's next change, up to ADDED_WAIT_MS:
 * drawn on their own, right after the scan that found them, they made the
 * browser paint a frame of theirs each time (on a live blog, a third more
 * frames than the page's own). Asked for several times, it runs once, for the
 * weightiest work asked for (a full look at the window covers the rest).
 */
export type FollowWork = 'moved' | 'added' | 'window';

const RANK: Readonly<Record<FollowWork, number>> = { moved: 0, added: 1, window: 2 };
/** How long new marks wait for a frame of the page's own before they are drawn in one of theirs. */
export const ADDED_WAIT_MS = 250;

export class FollowScheduler {
  private readonly win: Window;
  private readonly run: (work: FollowWork) => void;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private pending: FollowWork | null = null;

  /** `run` does the work; `win` gives the frames and timers. */
  constructor(win: Window, run: (work: FollowWork) => void) {
    this.win = win;
    this.run = run;
  }

  schedule(work: FollowWork): void {
    if (this.pending === null || RANK[work] > RANK[this.pending]) this.pending = work;
    if (work === 'added') this.timer ??= setTimeout(this.fire, ADDED_WAIT_MS);
    else if (this.frame === 0) this.frame = this.win.requestAnimationFrame(this.fire);
  }

  /** Runs `work` now, with whatever was pending (the layout is fresh: see resize-watch.ts). */
  runNow(work: FollowWork): void {
    if (this.pending === null || RANK[work] > RANK[this.pending]) this.pending = work;
    this.fire();
  }

  /** Drops whatever is pending. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.frame !== 0) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = null;
  }

  private readonly fire = (): void => {
    const work = this.pending;
    this.cancel();
    if (work !== null) this.run(work);
  };
}
