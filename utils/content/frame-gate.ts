/**
 * Whether a frame is worth reading, decided before any other work: the top
 * frame always is; a frame too small to read (ad pixels, spacers), hidden,
 * or holding no readable text (most ad and tracking frames) is not, until it
 * grows, shows or gains text. Its checks are cheap and bounded: a look at the
 * frame's size and a walk over at most a few thousand nodes.
 */

/** Smaller than this (CSS pixels) is no reading matter: tracking pixels, spacer and one-line ad frames. */
export const MIN_FRAME_WIDTH = 80;
export const MIN_FRAME_HEIGHT = 40;
/** Fewer visible characters than this is no text to speak of. */
export const MIN_TEXT_CHARS = 20;
/** Past this many nodes without enough text the frame is read anyway (a large page is not an ad). */
const MAX_NODES = 3000;
/** A frame waiting for text checks again at most this often. */
const RECHECK_MS = 1000;

export type SkipReason = 'tiny' | 'hidden' | 'no-text';

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** True when `root` holds at least a few visible characters of text (script and style excluded). */
export function hasReadableText(root: Node | null, min = MIN_TEXT_CHARS): boolean {
  if (!root) return false;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  let chars = 0;
  let nodes = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++nodes > MAX_NODES) return true;
    if (NOT_TEXT.has((n.parentNode as Element | null)?.nodeName ?? '')) continue;
    const data = (n as Text).data;
    for (let i = 0; i < data.length && chars < min; i++) if (data.charCodeAt(i) > 0x20) chars++;
    if (chars >= min) return true;
  }
  return false;
}

function isTopFrame(win: Window): boolean {
  try {
    return win === win.top;
  } catch {
    return false;
  }
}

/** Why this frame should do nothing now, or null when it should run. */
export function skipReason(win: Window): SkipReason | null {
  if (isTopFrame(win)) return null;
  if (win.innerWidth < MIN_FRAME_WIDTH || win.innerHeight < MIN_FRAME_HEIGHT) return 'tiny';
  if (win.document.visibilityState === 'hidden') return 'hidden';
  if (!hasReadableText(win.document.body)) return 'no-text';
  return null;
}

/**
 * Resolves once the frame is worth reading (at once for most), reporting
 * each reason it waited for; never resolves if `signal` aborts first.
 */
export function whenWorthReading(win: Window, signal: AbortSignal, onSkip: (reason: SkipReason) => void): Promise<void> {
  const first = skipReason(win);
  if (first === null) return Promise.resolve();
  onSkip(first);
  return new Promise((resolve) => {
    const stop = new AbortController();
    const opts = { signal: stop.signal };
    signal.addEventListener('abort', () => stop.abort(), opts);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let observer: MutationObserver | null = null;
    const check = () => {
      timer = undefined;
      if (signal.aborted) return;
      const reason = skipReason(win);
      if (reason === null) {
        stop.abort();
        observer?.disconnect();
        clearTimeout(timer);
        resolve();
      } else onSkip(reason);
    };
    const soon = () => {
      timer ??= setTimeout(check, RECHECK_MS);
    };
    win.addEventListener('resize', check, opts);
    win.document.addEventListener('visibilitychange', check, opts);
    observer = new MutationObserver(soon);
    observer.observe(win.document.documentElement, { childList: true, subtree: true, characterData: true });
    stop.signal.addEventListener('abort', () => {
      observer?.disconnect();
      clearTimeout(timer);
    });
  });
}
