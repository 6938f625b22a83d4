/**
 * The CSS Custom Highlight API as Newslens uses it: the page's registry (when
 * the browser has both it and the Highlight class) and the names Newslens
 * registers in it, one per category and mark style; the styles are in
 * highlights.css.
 */
import type { Category } from '@/lib/dataset/schema';
import { CATEGORIES } from '@/lib/dataset/schema';
import { MARK_STYLES, type MarkStyle } from '@/lib/settings/settings';

/** What Newslens uses of a Highlight (the DOM typings of this TypeScript have none). */
export interface Highlight {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
}
export type HighlightRegistry = Map<string, Highlight>;

/** A new Highlight of the page's window (call only where supportsHighlights()). */
export function makeHighlight(...ranges: AbstractRange[]): Highlight {
  const Ctor = (globalThis as unknown as { Highlight: new (...r: AbstractRange[]) => Highlight }).Highlight;
  return new Ctor(...ranges);
}

export function registry(): HighlightRegistry | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  return css?.highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function' ? css.highlights : null;
}

export function supportsHighlights(): boolean {
  return registry() !== null;
}

export const highlightName = (category: Category, style: MarkStyle): string => `newslens-${category}-${style}`;

/**
 * Every name Newslens registers. Clearing deletes these by name instead of
 * walking the registry: in a Firefox content script CSS.highlights is the
 * page's registry seen through an Xray wrapper, and iterating it (keys(),
 * for…of, spread) throws "Xray wrapping of iterators not supported".
 */
export const ALL_NAMES: readonly string[] = [
  ...CATEGORIES.flatMap((c) => MARK_STYLES.map((s) => highlightName(c, s))),
  'newslens-active',
  'newslens-flash',
];
