/**
 * happy-dom has no Custom Highlight API: a registry on the CSS object's
 * prototype (happy-dom makes a new CSS object on every read) and a Highlight
 * class stand in. Undo with unstubHighlightApi (and vi.unstubAllGlobals).
 */
import { vi } from 'vitest';

export class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

export function stubHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  Object.defineProperty(Object.getPrototypeOf(CSS), 'highlights', { value: registry, configurable: true });
  vi.stubGlobal('Highlight', FakeHighlight);
  return registry;
}

export function unstubHighlightApi(): void {
  vi.unstubAllGlobals();
  delete (Object.getPrototypeOf(CSS) as { highlights?: unknown }).highlights;
}
