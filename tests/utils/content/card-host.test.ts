/**
 * The card's host element: there only while a card is open, its shadow root
 * holding the card, and its data-state saying where it is (what tests and the
 * demo wait on): placing, open once placed, closing while a close is pending.
 */
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CardHost, HOST_TAG } from '@/utils/content/card-host';

function range(): Range {
  document.body.innerHTML = '<p>Alibaba Cloud and ByteDance.</p>';
  const r = document.createRange();
  r.selectNodeContents(document.querySelector('p') as Node);
  return r;
}

const host = () => document.querySelector(HOST_TAG);
const state = () => host()?.getAttribute('data-state') ?? null;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('card host', () => {
  it('exists only while a card is open, and says when it is placed', async () => {
    const cards = new CardHost(document);
    expect(host()).toBeNull();
    cards.show(range(), h('p', { class: 'nl-test' }, 'card'), 'Alibaba Cloud, company');
    expect(state()).toBe('placing');
    expect(host()?.shadowRoot?.querySelector('.nl-test')?.textContent).toBe('card');
    await expect.poll(state).toBe('open');
    cards.hide();
    expect(host()).toBeNull();
  });

  it('shows a pending close, and its end', async () => {
    const cards = new CardHost(document);
    cards.show(range(), h('p', null, 'card'), 'announcement');
    await expect.poll(state).toBe('open');
    cards.setClosing(true);
    expect(state()).toBe('closing');
    cards.setClosing(false);
    expect(state()).toBe('open');
    cards.setClosing(true);
    cards.hide();
    cards.show(range(), h('p', null, 'again'), 'announcement');
    expect(state()).toBe('placing'); // a new card starts afresh
  });
});
