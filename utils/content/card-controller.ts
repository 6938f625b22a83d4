/**
 * Opens and closes the hover card for a mention. The page holds only ids,
 * names and categories: the card's content (summary, facts, sources, how it
 * relates to the other entities here) is asked of the background when a card
 * opens, and kept for the page while the set of entities on it stays the same.
 */
import { h } from 'preact';
import { HoverCard } from '@/components/card/HoverCard';
import type { Mention } from '@/lib/detect/page-scanner';
import { formerName, whyMarked } from '@/lib/detect/why';
import type { CardAnswer, CardRequest } from '@/lib/messages';
import { t } from '@/utils/i18n';
import { CardHost } from './card-host';
import type { Marker } from './marker';

export interface PageView {
  /** The mentions currently shown on the page, in document order. */
  visible: () => readonly Mention[];
  marker: () => Marker;
  /** The card's content, from the background (null when there is none to be had). */
  card: (request: CardRequest) => Promise<CardAnswer | null>;
  /** The site a "Not this" mute applies to, and what muting does (absent: no "Not this"). */
  site?: () => string;
  mute?: (mention: Mention, everywhere: boolean) => void;
}

export class CardController {
  private readonly host: CardHost;
  private readonly view: PageView;
  private open: Mention | null = null;
  private readonly answers = new Map<string, Promise<CardAnswer | null>>();

  constructor(doc: Document, view: PageView) {
    this.host = new CardHost(doc);
    this.view = view;
  }

  /** The mention whose card is open (or opening). */
  get current(): Mention | null {
    return this.open;
  }

  contains(event: Event): boolean {
    return this.host.contains(event);
  }

  /** Opens the card of `mention`; it shows once its content has arrived, unless another was opened or it was closed meanwhile. */
  show(mention: Mention): Promise<void> {
    const visible = this.view.visible();
    const id = mention.entity.id;
    const onPage = [...new Set(visible.map((m) => m.entity.id))].filter((other) => other !== id).sort();
    const count = visible.filter((m) => m.entity.id === id).length;
    this.open = mention;
    this.view.marker().setActive(mention);
    const key = `${id}\n${onPage.join('\n')}`;
    let answer = this.answers.get(key);
    if (!answer) {
      answer = this.view.card({ type: 'card', entity: id, onPage, text: mention.text });
      this.answers.set(key, answer);
      // A failed request is not remembered: the next hover asks again.
      void answer.then((a) => (a === null ? this.answers.delete(key) : undefined));
    }
    return answer.then((content) => {
      if (this.open !== mention) return;
      if (!content) {
        this.close();
        return;
      }
      const { entity, related } = content;
      const { mute, site } = this.view;
      const notThis =
        mute && site ? { name: mention.text, site: site(), onMute: (everywhere: boolean) => mute(mention, everywhere) } : undefined;
      const card = h(HoverCard, {
        entity,
        count,
        related,
        why: whyMarked(mention),
        former: formerName(entity, mention.alias),
        notThis,
        onClose: () => this.close(),
      });
      const announcement = t('cardAnnouncement', [entity.name, t(`cat_${entity.category}`), entity.summary]);
      this.host.show(mention.range, card, announcement);
    });
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
    if (same && !same.range.collapsed) void this.show(same);
    else this.close();
  }
}
