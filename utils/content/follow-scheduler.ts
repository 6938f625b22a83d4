/**
 * When the busy-page overlay catches up with the page (highlight-marker.ts):
 * after a change of the page ('moved'), at the start of the next animation
 * frame, whose layout the boxes' read then does (no layout twice) and before
 * that frame is painted; new marks ('added') and a scroll ('window') as soon
 * as the current task ends. Asked for several times, it runs once, for the
 * weightiest work asked for (a full look at the window covers the rest).
 */
export type FollowWork = 'moved' | 'added' | 'window';

const RANK: Readonly<Record<FollowWork, number>> = { moved: 0, added: 1, window: 2 };

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
    if (work === 'moved') {
      if (this.frame === 0 && this.timer === undefined) this.frame = this.win.requestAnimationFrame(this.fire);
    } else this.timer ??= setTimeout(this.fire, 0);
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
