import type { Mention } from '@/lib/detect/page-scanner';
import type { MarkStyle } from '@/lib/settings/settings';
import type { BlockChange } from './dom-watcher';

/** How mentions are painted: the Custom Highlight API, or wrapping elements where it is missing. */
export interface Marker {
  /** Shows exactly these mentions (after a switch or style change). */
  show(mentions: readonly Mention[], style: MarkStyle): void;
  add(mentions: readonly Mention[]): void;
  remove(mentions: readonly Mention[]): void;
  /** Emphasises the mention whose card is open. */
  setActive(mention: Mention | null): void;
  /** Briefly emphasises a mention the user asked to see. */
  flash(mention: Mention): void;
  clear(): void;
  /** On a page that keeps changing, paint only what is near the viewport, the cheapest way (false: paint everything). */
  setBusy(busy: boolean): void;
  /** The page changed its DOM (not Newslens), there (none given: anywhere): marks drawn in place may have to follow. */
  pageChanged(changes?: readonly BlockChange[]): void;
  /** These marks' text just changed or went: stop showing them now, before a rescan replaces them. */
  hide(mentions: readonly Mention[]): void;
  /** How many mentions are painted now. */
  readonly paintedCount: number;
}
