import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasReadableText, type SkipReason, skipReason, whenWorthReading } from '@/utils/content/frame-gate';

/** A frame's window as the gate sees it: its size, its document, and not the top. */
function frame(width: number, height: number): Window {
  const events = new EventTarget();
  return Object.assign(events, {
    top: {},
    innerWidth: width,
    innerHeight: height,
    document,
  }) as unknown as Window;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('frame gate', () => {
  it('finds readable text, not scripts, styles or white space', () => {
    document.body.innerHTML = '<script>var ad = "a very long script that is not text at all";</script><style>p{}</style>   \n ';
    expect(hasReadableText(document.body)).toBe(false);
    document.body.innerHTML = '<a href="#"><img src="ad.png" alt=""></a><span>Ad</span>';
    expect(hasReadableText(document.body)).toBe(false);
    document.body.innerHTML = '<p>Alibaba Cloud released a new model today.</p>';
    expect(hasReadableText(document.body)).toBe(true);
    expect(hasReadableText(null)).toBe(false);
  });

  it('always runs in the top frame; skips tiny frames, then frames without text', () => {
    document.body.innerHTML = '';
    expect(skipReason(window)).toBeNull();
    expect(skipReason(frame(1, 1))).toBe('tiny');
    expect(skipReason(frame(300, 20))).toBe('tiny');
    expect(skipReason(frame(300, 250))).toBe('no-text');
    document.body.innerHTML = '<p>Alibaba Cloud released a new model today.</p>';
    expect(skipReason(frame(300, 250))).toBeNull();
  });

  it('starts a skipped frame once it grows and gains text, and says why it waited', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<img src="ad.png">';
    const win = frame(1, 1) as Window & { innerWidth: number; innerHeight: number };
    const reasons: SkipReason[] = [];
    let started = false;
    void whenWorthReading(win, new AbortController().signal, (r) => reasons.push(r)).then(() => {
      started = true;
    });
    win.innerWidth = 600;
    win.innerHeight = 400;
    win.dispatchEvent(new Event('resize'));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<p>An embedded story about ByteDance and its Doubao model.</p>');
    await vi.advanceTimersByTimeAsync(1500);
    expect(started).toBe(true);
    expect(reasons).toEqual(['tiny', 'no-text']);
  });

  it('never starts once the content script’s lifetime is over', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
    const life = new AbortController();
    let started = false;
    void whenWorthReading(frame(600, 400), life.signal, () => undefined).then(() => {
      started = true;
    });
    life.abort();
    document.body.innerHTML = '<p>An embedded story about ByteDance and its Doubao model.</p>';
    await vi.advanceTimersByTimeAsync(1500);
    expect(started).toBe(false);
  });
});
