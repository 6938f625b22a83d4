/**
 * When the hover card opens and closes, with the clock under the test's
 * control (vitest's fake timers): a resting pointer opens it after the hover
 * delay, a sweeping one never does, the card survives the trip from its name
 * into it, and closes once the pointer has left both for the grace period.
 * Layout comes from stubs: each mention is a box on one line.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '@/lib/detect/page-scanner';
import { GRACE_MS, JITTER_PX, trackHover } from '@/utils/content/hover';

const DELAY = 300;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A mention drawn in `box` (only what hover reads of it). */
function mention(id: string, box: Box): Mention {
  const rect = { ...box, width: box.right - box.left, height: box.bottom - box.top, x: box.left, y: box.top };
  const range = { getClientRects: () => [rect], getBoundingClientRect: () => rect } as unknown as Range;
  return { entity: { id }, range } as unknown as Mention;
}

const A = mention('a', { left: 100, right: 200, top: 100, bottom: 120 });
const B = mention('b', { left: 300, right: 400, top: 100, bottom: 120 });
/** Where the card sits once open: below its name. */
const CARD: Box = { left: 100, right: 400, top: 130, bottom: 330 };
const inside = (b: Box, x: number, y: number) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;

let abort: AbortController;
let current: Mention | null;
let events: string[];

function track() {
  trackHover({
    window,
    signal: abort.signal,
    delayMs: () => DELAY,
    mentionAt: (x, y) => [A, B].find((m) => inside(m.range.getBoundingClientRect(), x, y)) ?? null,
    inCard: (e) => current !== null && inside(CARD, (e as PointerEvent).clientX, (e as PointerEvent).clientY),
    current: () => current,
    open: (m) => {
      current = m;
      events.push(`open ${m.entity.id}`);
    },
    close: () => {
      events.push(`close ${current?.entity.id}`);
      current = null;
    },
    closing: (pending) => events.push(pending ? 'closing' : 'stays'),
  });
}

const move = (x: number, y: number, pointerType = 'mouse') =>
  window.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType }));
const down = (x: number, y: number) => window.dispatchEvent(new PointerEvent('pointerdown', { clientX: x, clientY: y }));

beforeEach(() => {
  vi.useFakeTimers();
  abort = new AbortController();
  current = null;
  events = [];
  track();
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

describe('hover: opening', () => {
  it('opens the card of the name the pointer rests on, after the hover delay and not before', () => {
    move(150, 110);
    vi.advanceTimersByTime(DELAY - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a']);
  });

  it('counts a hand’s tremor as resting, and a real move as moving', () => {
    move(150, 110);
    vi.advanceTimersByTime(DELAY - 50);
    move(150 + JITTER_PX, 110 - JITTER_PX); // still resting: the delay keeps running
    vi.advanceTimersByTime(50);
    expect(events).toEqual(['open a']);

    current = null;
    events = [];
    move(120, 110);
    vi.advanceTimersByTime(DELAY - 50);
    move(120 + JITTER_PX + 1, 110); // moved: the delay starts again
    vi.advanceTimersByTime(50);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(DELAY);
    expect(events).toEqual(['open a']);
  });

  it('never opens while the pointer sweeps across names, only where it comes to rest', () => {
    for (let x = 50; x <= 450; x += 20) {
      move(x, 110);
      vi.advanceTimersByTime(40);
    }
    expect(events).toEqual([]);
    vi.advanceTimersByTime(10 * DELAY); // it ended on plain text
    expect(events).toEqual([]);

    for (let x = 50; x <= 350; x += 20) {
      move(x, 110);
      vi.advanceTimersByTime(40);
    }
    vi.advanceTimersByTime(DELAY);
    expect(events).toEqual(['open b']);
  });

  it('ignores touch, and stops for good with the content script', () => {
    move(150, 110, 'touch');
    vi.advanceTimersByTime(10 * DELAY);
    expect(events).toEqual([]);
    move(150, 110);
    abort.abort();
    vi.advanceTimersByTime(10 * DELAY);
    move(160, 110);
    vi.advanceTimersByTime(10 * DELAY);
    expect(events).toEqual([]);
  });
});

describe('hover: closing', () => {
  function openA() {
    move(150, 110);
    vi.advanceTimersByTime(DELAY);
    expect(events).toEqual(['open a']);
    events = [];
  }

  it('stays open while the pointer crosses from its name into the card within the grace period', () => {
    openA();
    move(150, 125); // the gap between the name and the card
    expect(events).toEqual(['closing']);
    vi.advanceTimersByTime(GRACE_MS - 1);
    move(150, 200); // inside the card
    expect(events).toEqual(['closing', 'stays']);
    vi.advanceTimersByTime(10 * GRACE_MS);
    expect(events).toEqual(['closing', 'stays']);
    expect(current).toBe(A);
  });

  it('closes once the pointer has been off both the name and the card for the grace period', () => {
    openA();
    move(150, 200);
    move(600, 500);
    vi.advanceTimersByTime(GRACE_MS - 1);
    expect(events).toEqual(['closing']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['closing', 'close a']);
  });

  it('calls off the close when the pointer comes back to the name', () => {
    openA();
    move(600, 500);
    vi.advanceTimersByTime(GRACE_MS / 2);
    move(150, 110);
    vi.advanceTimersByTime(10 * GRACE_MS);
    expect(events).toEqual(['closing', 'stays']);
  });

  it('keeps a card opened from the keyboard when the pointer wanders, until Escape', () => {
    current = B; // opened by the next-mention command
    move(600, 500);
    vi.advanceTimersByTime(10 * GRACE_MS);
    expect(events).toEqual([]);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(events).toEqual(['close b']);
  });

  it('closes on a click outside the card, not on one inside it', () => {
    openA();
    down(200, 200);
    expect(events).toEqual([]);
    down(600, 500);
    expect(events).toEqual(['close a']);
  });
});
