/**
 * The highlight marker in a Firefox content script: there CSS.highlights is
 * the page's registry seen through an Xray wrapper, whose iterators throw
 * ("Xray wrapping of iterators not supported"). Marking, restyling, the
 * active card and clearing must work without ever iterating it. happy-dom has
 * no Highlight API, so one is stubbed in with such a registry.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageScanner } from '@/lib/detect/page-scanner';
import { Matcher } from '@/lib/match/matcher';
import { HighlightMarker } from '@/utils/content/highlight-marker';
import { testEntities } from '../../support/entities';
import { FakeHighlight } from '../../support/highlights';

const XRAY_ERROR = 'Xray wrapping of iterators not supported.';

/** A registry that, like Firefox's behind an Xray, answers get/set/has/delete but throws when iterated. */
class XrayRegistry extends Map<string, FakeHighlight> {
  override keys(): MapIterator<string> {
    throw new Error(XRAY_ERROR);
  }
  override values(): MapIterator<FakeHighlight> {
    throw new Error(XRAY_ERROR);
  }
  override entries(): MapIterator<[string, FakeHighlight]> {
    throw new Error(XRAY_ERROR);
  }
  override [Symbol.iterator](): MapIterator<[string, FakeHighlight]> {
    throw new Error(XRAY_ERROR);
  }
  override forEach(): void {
    throw new Error(XRAY_ERROR);
  }
  /** What a test may read: the names registered, read past the wrapper. */
  names(): string[] {
    return [...super.keys()].sort();
  }
}

function stubXrayHighlights(): XrayRegistry {
  const registry = new XrayRegistry();
  // The page's own name: Newslens must leave it alone.
  registry.set('page-own', new FakeHighlight());
  Object.defineProperty(Object.getPrototypeOf(CSS), 'highlights', { value: registry, configurable: true });
  vi.stubGlobal('Highlight', FakeHighlight);
  return registry;
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (Object.getPrototypeOf(CSS) as { highlights?: unknown }).highlights;
});

function mentionsOf(html: string) {
  document.body.innerHTML = html;
  const scanner = new PageScanner(new Matcher(testEntities()));
  scanner.scanNow(document.body);
  return scanner.mentions;
}

describe('HighlightMarker behind a Firefox Xray registry', () => {
  it('marks, restyles, shows the active mention and clears by name, never iterating the registry', () => {
    const registry = stubXrayHighlights();
    const marker = new HighlightMarker({ window, signal: new AbortController().signal, ordered: () => [] });
    // Start-up on a page with nothing found yet clears first: this is what threw in Firefox.
    expect(() => marker.clear()).not.toThrow();

    const mentions = mentionsOf('<p>Alibaba Cloud and ByteDance compete; Lin Junyang left Qwen.</p>');
    expect(mentions.length).toBeGreaterThan(2);
    marker.show(mentions, 'underline');
    const marked = registry.names().filter((n) => n.startsWith('newslens-'));
    expect(marked.length).toBeGreaterThan(1);
    expect(marked.every((n) => n.endsWith('-underline'))).toBe(true);

    marker.show(mentions, 'tint');
    expect(
      registry
        .names()
        .filter((n) => n.startsWith('newslens-'))
        .every((n) => n.endsWith('-tint')),
    ).toBe(true);

    marker.setActive(mentions[0] ?? null);
    expect(registry.names()).toContain('newslens-active');

    marker.clear();
    expect(registry.names()).toEqual(['page-own']);
  });
});
