/**
 * The page asks the background for a card's content when the card opens,
 * once per entity while the entities on the page stay the same, and shows
 * it only if that card is still the one wanted when the answer comes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardAnswer } from '@/lib/card';
import { bundledDataset } from '@/lib/dataset/bundled';
import { PageScanner } from '@/lib/detect/page-scanner';
import { Matcher } from '@/lib/match/matcher';
import type { CardAnswer, CardRequest } from '@/lib/messages';
import { CardController } from '@/utils/content/card-controller';
import type { Marker } from '@/utils/content/marker';

function page(html: string) {
  document.body.innerHTML = html;
  const scanner = new PageScanner(new Matcher(bundledDataset().entities));
  scanner.scanNow(document.body);
  return scanner.mentions;
}

const marker = { setActive: vi.fn() } as unknown as Marker;
const cardText = () => document.querySelector('newslens-card')?.shadowRoot?.querySelector('.nl-card')?.textContent ?? null;

function controller(answer: (r: CardRequest) => Promise<CardAnswer | null>) {
  const mentions = page('<p>Zhou Jingren leads the Qwen team at Alibaba Cloud.</p>');
  const card = vi.fn(answer);
  const cards = new CardController(document, { visible: () => mentions, marker: () => marker, card });
  return { mentions, card, cards };
}

afterEach(() => {
  for (const el of document.querySelectorAll('newslens-card')) el.remove();
});

describe('card content on demand', () => {
  it('asks for the entity and the others on the page, and shows the answer', async () => {
    const { mentions, card, cards } = controller(async (r) => cardAnswer(bundledDataset(), r));
    const zhou = mentions.find((m) => m.entity.id === 'zhou-jingren');
    if (!zhou) throw new Error('no mention');
    await cards.show(zhou);
    expect(card).toHaveBeenCalledWith({
      type: 'card',
      entity: 'zhou-jingren',
      onPage: ['alibaba-cloud', 'qwen-team'],
      text: 'Zhou Jingren',
    });
    expect(cardText()).toContain(bundledDataset().byId.get('zhou-jingren')?.summary);
    cards.close();
    await cards.show(zhou);
    expect(card).toHaveBeenCalledTimes(1); // same page, same entities: asked once
    cards.close();
    expect(document.querySelector('newslens-card')).toBeNull();
  });

  it('shows nothing for a card closed, or replaced, before its answer came', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { mentions, cards } = controller(async (r) => {
      await gate;
      return cardAnswer(bundledDataset(), r);
    });
    const [first, second] = mentions;
    if (!first || !second) throw new Error('no mentions');
    const a = cards.show(first);
    cards.close();
    const b = cards.show(first);
    const c = cards.show(second);
    release();
    await Promise.all([a, b, c]);
    expect(document.querySelectorAll('newslens-card')).toHaveLength(1);
    expect(document.querySelector('newslens-card')?.shadowRoot?.querySelector('.nl-card')?.getAttribute('data-entity')).toBe(
      second.entity.id,
    );
    cards.close();
  });

  it('opens no card when the background has no answer, and asks again next time', async () => {
    const { mentions, card, cards } = controller(async () => null);
    const m = mentions[0];
    if (!m) throw new Error('no mention');
    await cards.show(m);
    expect(cards.current).toBeNull();
    expect(document.querySelector('newslens-card')).toBeNull();
    await cards.show(m);
    expect(card).toHaveBeenCalledTimes(2);
  });
});
