/**
 * Opens and closes the hover card for a mention: renders the card with what
 * this page says about the entity, marks the mention as active, announces it.
 */
import { h } from 'preact';
import { HoverCard } from '@/components/card/HoverCard';
import type { Dataset } from '@/lib/dataset/dataset';
import type { Mention } from '@/lib/detect/page-scanner';
import { formerName, whyMarked } from '@/lib/detect/why';
import { relationsAmong } from '@/lib/relations';
import { t } from '@/utils/i18n';
import { CardHost } from './card-host';
import type { Marker } from './marker';

export interface PageView {
  dataset: () => Dataset;
  /** The mentions currently shown on the page, in document order. */
  visible: () => readonly Mention[];
  marker: () => Marker;
  /** The site a "Not this" mute applies to, and what muting does (absent: no "Not this"). */
  site?: () => string;
  mute?: (mention: Mention, everywhere: boolean) => void;
}

export class CardController {
  private readonly host: CardHost;
  private readonly view: PageView;
  private open: Mention | null = null;

  constructor(doc: Document, view: PageView) {
    this.host = new CardHost(doc);
    this.view = view;
  }

  get current(): Mention | null {
    return this.open;
  }

  contains(event: Event): boolean {
    return this.host.contains(event);
  }

  show(mention: Mention): void {
    const visible = this.view.visible();
    const onPage = new Set(visible.map((m) => m.entity.id));
    const count = visible.filter((m) => m.entity.id === mention.entity.id).length;
    const related = relationsAmong(mention.entity, onPage, this.view.dataset());
    this.open = mention;
    this.view.marker().setActive(mention);
    const { mute, site } = this.view;
    const notThis =
      mute && site ? { name: mention.text, site: site(), onMute: (everywhere: boolean) => mute(mention, everywhere) } : undefined;
    const card = h(HoverCard, {
      entity: mention.entity,
      count,
      related,
      why: whyMarked(mention),
      former: formerName(mention.entity, mention.alias),
      notThis,
      onClose: () => this.close(),
    });
    const announcement = t('cardAnnouncement', [mention.entity.name, t(`cat_${mention.entity.category}`), mention.entity.summary]);
    this.host.show(mention.range, card, announcement);
  }

  /** A close is pending (the pointer left), or no longer. */
  setClosing(pending: boolean): void {
    if (this.open) this.host.setClosing(pending);
  }

  /** Says something to screen readers through the card's live region (or a fresh one when no card is open). */
  announce(message: string): void {
    this.host.announce(message);
  }

  close(): void {
    if (!this.open) return;
    this.open = null;
    this.view.marker().setActive(null);
    this.host.hide();
  }

  /**
   * After a rescan: keeps the card on the same words if they were found
   * again (a rescan makes new mention objects), closes it if they are gone.
   */
  follow(removed: readonly Mention[], added: readonly Mention[]): void {
    const open = this.open;
    if (!open || !removed.includes(open)) return;
    const same = added.find(
      (m) => m.entity.id === open.entity.id && m.text === open.text && m.range.compareBoundaryPoints(0, open.range) === 0,
    );
    if (same && !same.range.collapsed) this.show(same);
    else this.close();
  }
}
