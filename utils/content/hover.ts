/**
 * When to open and close the hover card. A card opens when the pointer rests
 * on a mention for the hover delay (small jitter allowed), never while it
 * sweeps across text. It stays open while the pointer travels into it,
 * closes shortly after the pointer leaves both, on Escape, on a click
 * elsewhere, or when its mention scrolls out of view. Listeners are passive
 * and end with `signal`; nothing is prevented or stopped.
 */
import type { Mention } from '@/lib/detect/page-scanner';
import { rangeContainsPoint } from './hit-test';

/** Pointer movement within this many pixels still counts as resting. */
export const JITTER_PX = 4;
/** Time to travel from a mention into its card (or back) before the card closes. */
export const GRACE_MS = 350;

export interface HoverDeps {
  window: Window;
  signal: AbortSignal;
  delayMs: () => number;
  mentionAt: (x: number, y: number) => Mention | null;
  /** True when the event is inside the open card. */
  inCard: (event: Event) => boolean;
  current: () => Mention | null;
  open: (mention: Mention) => void;
  close: () => void;
  /** Told when a close is scheduled (true) or called off (false), so the card can show it (tests wait on that). */
  closing?: (pending: boolean) => void;
}

export function trackHover(deps: HoverDeps): void {
  const { window: win, signal } = deps;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let anchor = { x: Number.NaN, y: Number.NaN };
  // Only a card opened by hovering closes when the pointer wanders off; one
  // opened from the keyboard stays until Escape, a click or a scroll.
  let openedByHover: Mention | null = null;
  const opts = { capture: true, passive: true, signal };

  const cancelClose = () => {
    if (closeTimer === undefined) return;
    clearTimeout(closeTimer);
    closeTimer = undefined;
    deps.closing?.(false);
  };
  const scheduleClose = () => {
    if (closeTimer !== undefined) return;
    closeTimer = setTimeout(() => {
      closeTimer = undefined;
      deps.close();
    }, GRACE_MS);
    deps.closing?.(true);
  };

  win.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType === 'touch') return;
      const open = deps.current();
      if (open && open === openedByHover) {
        if (deps.inCard(e) || rangeContainsPoint(open.range, e.clientX, e.clientY)) cancelClose();
        else scheduleClose();
      }
      if (deps.inCard(e)) {
        clearTimeout(restTimer);
        return;
      }
      if (Math.abs(e.clientX - anchor.x) <= JITTER_PX && Math.abs(e.clientY - anchor.y) <= JITTER_PX) return;
      anchor = { x: e.clientX, y: e.clientY };
      clearTimeout(restTimer);
      const { x, y } = anchor;
      restTimer = setTimeout(() => {
        const m = deps.mentionAt(x, y);
        if (m && m !== deps.current()) {
          cancelClose();
          openedByHover = m;
          deps.open(m);
        }
      }, deps.delayMs());
    },
    opts,
  );

  win.addEventListener(
    'pointerdown',
    (e) => {
      clearTimeout(restTimer);
      if (deps.current() && !deps.inCard(e)) deps.close();
    },
    opts,
  );
  win.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && deps.current()) deps.close();
    },
    opts,
  );
  win.addEventListener(
    'scroll',
    () => {
      const open = deps.current();
      if (!open) return;
      const r = open.range.getBoundingClientRect();
      if (r.bottom < 0 || r.top > win.innerHeight || (r.width === 0 && r.height === 0)) deps.close();
    },
    opts,
  );
  win.addEventListener('blur', () => clearTimeout(restTimer), opts);
  signal.addEventListener('abort', () => {
    clearTimeout(restTimer);
    clearTimeout(closeTimer);
  });
}
