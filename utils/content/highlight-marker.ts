/**
 * Marks mentions with the CSS Custom Highlight API: one highlight per
 * category and mark style, registered by name; the styles live in
 * highlights.css. The page's DOM is never touched.
 */
import type { Category } from '@/lib/dataset/schema';
import { CATEGORIES } from '@/lib/dataset/schema';
import type { Mention } from '@/lib/detect/page-scanner';
import type { MarkStyle } from '@/lib/settings/settings';
import { MARK_STYLES } from '@/lib/settings/settings';
import type { Marker } from './marker';

declare class Highlight {
  constructor(...ranges: AbstractRange[]);
  add(range: AbstractRange): void;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
}
type HighlightRegistry = Map<string, Highlight>;

function registry(): HighlightRegistry | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  return css?.highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function' ? css.highlights : null;
}

export function supportsHighlights(): boolean {
  return registry() !== null;
}

const name = (category: Category, style: MarkStyle) => `newslens-${category}-${style}`;

/**
 * Every name Newslens registers. Clearing deletes these by name instead of
 * walking the registry: in a Firefox content script CSS.highlights is the
 * page's registry seen through an Xray wrapper, and iterating it (keys(),
 * for…of, spread) throws "Xray wrapping of iterators not supported".
 */
const ALL_NAMES: readonly string[] = [
  ...CATEGORIES.flatMap((c) => MARK_STYLES.map((s) => name(c, s))),
  'newslens-active',
  'newslens-flash',
];

export class HighlightMarker implements Marker {
  private readonly highlights = new Map<Category, Highlight>();
  private style: MarkStyle = 'underline';
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    for (const c of CATEGORIES) this.highlights.set(c, new Highlight());
  }

  show(mentions: readonly Mention[], style: MarkStyle): void {
    const reg = registry() as HighlightRegistry;
    this.style = style;
    for (const h of this.highlights.values()) h.clear();
    for (const m of mentions) this.highlights.get(m.entity.category)?.add(m.range);
    for (const c of CATEGORIES) {
      for (const s of MARK_STYLES) reg.delete(name(c, s));
      const h = this.highlights.get(c) as Highlight;
      if (h.size > 0) reg.set(name(c, style), h);
    }
  }

  add(mentions: readonly Mention[]): void {
    const reg = registry() as HighlightRegistry;
    for (const m of mentions) {
      const h = this.highlights.get(m.entity.category) as Highlight;
      h.add(m.range);
      if (!reg.has(name(m.entity.category, this.style))) reg.set(name(m.entity.category, this.style), h);
    }
  }

  remove(mentions: readonly Mention[]): void {
    for (const m of mentions) this.highlights.get(m.entity.category)?.delete(m.range);
  }

  setActive(mention: Mention | null): void {
    const reg = registry() as HighlightRegistry;
    if (mention) reg.set('newslens-active', new Highlight(mention.range));
    else reg.delete('newslens-active');
  }

  flash(mention: Mention): void {
    const reg = registry() as HighlightRegistry;
    reg.set('newslens-flash', new Highlight(mention.range));
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => reg.delete('newslens-flash'), 1600);
  }

  clear(): void {
    const reg = registry();
    clearTimeout(this.flashTimer);
    for (const h of this.highlights.values()) h.clear();
    if (!reg) return;
    for (const key of ALL_NAMES) reg.delete(key);
  }
}
