/**
 * Which marker a page gets, and the flash that shows a mention the popup
 * asked for: there for a moment, then gone. The clock is the test's (fake
 * timers). happy-dom has no Custom Highlight API, so one is stubbed in: a
 * registry on the CSS object's prototype (happy-dom makes a new CSS object on
 * every read) and a Highlight class.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageScanner } from '@/lib/detect/page-scanner';
import { Matcher } from '@/lib/match/matcher';
import { HighlightMarker, supportsHighlights } from '@/utils/content/highlight-marker';
import { MARK_TAG, WrapMarker } from '@/utils/content/wrap-marker';
import { testEntities } from '../../support/entities';
import { stubHighlightApi, unstubHighlightApi } from '../../support/highlights';

function mentionsOf(html: string) {
  document.body.innerHTML = html;
  const scanner = new PageScanner(new Matcher(testEntities()));
  scanner.scanNow(document.body);
  return scanner.mentions;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  unstubHighlightApi();
});

describe('choosing a marker', () => {
  it('uses highlights only where the browser has both the registry and the Highlight class', () => {
    expect(supportsHighlights()).toBe(false); // happy-dom, like Chrome before 105 and Firefox before 140
    Object.defineProperty(Object.getPrototypeOf(CSS), 'highlights', { value: new Map(), configurable: true });
    expect(supportsHighlights()).toBe(false); // a registry alone is not enough
    stubHighlightApi();
    expect(supportsHighlights()).toBe(true);
  });
});

describe('flash', () => {
  it('highlights the mention for a moment, then removes only the flash', () => {
    const registry = stubHighlightApi();
    const [alibaba, bytedance] = mentionsOf('<p>Alibaba and ByteDance.</p>');
    const marker = new HighlightMarker({ window, signal: new AbortController().signal, ordered: () => [] });
    marker.show([alibaba, bytedance] as never, 'underline');
    marker.flash(bytedance as never);
    expect([...(registry.get('newslens-flash') ?? [])].map((r) => r.toString())).toEqual(['ByteDance']);
    vi.advanceTimersByTime(1599);
    expect(registry.has('newslens-flash')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(registry.has('newslens-flash')).toBe(false);
    expect(registry.get('newslens-company-underline')?.size).toBe(2);
  });

  it('starts over when another mention is flashed, and ends with the marks', () => {
    const registry = stubHighlightApi();
    const [alibaba, bytedance] = mentionsOf('<p>Alibaba and ByteDance.</p>');
    const marker = new HighlightMarker({ window, signal: new AbortController().signal, ordered: () => [] });
    marker.show([alibaba, bytedance] as never, 'underline');
    marker.flash(alibaba as never);
    vi.advanceTimersByTime(1000);
    marker.flash(bytedance as never);
    vi.advanceTimersByTime(1000);
    expect([...(registry.get('newslens-flash') ?? [])].map((r) => r.toString())).toEqual(['ByteDance']);
    marker.clear();
    expect([...registry.keys()]).toEqual([]);
  });

  it('works the same with the fallback marks', () => {
    const [alibaba, bytedance] = mentionsOf('<p>Alibaba and ByteDance.</p>');
    const marker = new WrapMarker();
    marker.show([alibaba, bytedance] as never, 'underline');
    marker.flash(bytedance as never);
    const flashed = () => [...document.querySelectorAll(`${MARK_TAG}[data-flash]`)].map((m) => m.textContent);
    expect(flashed()).toEqual(['ByteDance']);
    vi.advanceTimersByTime(1600);
    expect(flashed()).toEqual([]);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(2);
  });
});
