/**
 * Why a name was marked and "Not this", as a reader meets them: the card's
 * one-line reason, muting a name removes its marks at once without taking
 * focus, the mute is listed in the options page, and its undo brings the
 * marks back live.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { markedTexts, openCardEntity, pointOf, waitForMarks } from './support/page';
import { type Session, startSession } from './support/session';

let session: Session;
const pages: Page[] = [];
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.stop();
});
afterEach(async () => {
  await session.setSettings({});
  for (const p of pages.splice(0)) await p.close();
});

async function demo(): Promise<Page> {
  const page = await session.open('demo/article.html');
  pages.push(page);
  await waitForMarks(page, 20);
  return page;
}

/** The middle of the name at the end of `words` ("farewell on X": the X), scrolled into view. */
async function pointAtEnd(p: Page, words: string, name: string): Promise<{ x: number; y: number }> {
  const start = await pointOf(p, words, 'article'); // scrolls it into view
  const point = await p.evaluate(
    ([w, n]) => {
      const walker = document.createTreeWalker(document.querySelector('article') as Element, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const i = (t.nodeValue ?? '').indexOf(w as string);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(t, i + (w as string).length - (n as string).length);
        r.setEnd(t, i + (w as string).length);
        const rect = r.getClientRects()[0] as DOMRect;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [words, name] as const,
  );
  return point ?? start;
}

/** Rests the pointer on the name ending `words` (from nearby, in steps) and waits for the card of `entity`. */
async function cardFor(p: Page, words: string, entity: string, name = words): Promise<void> {
  const { x, y } = await pointAtEnd(p, words, name);
  await p.mouse.move(x - 60, y + 40);
  await p.mouse.move(x, y, { steps: 5 });
  await expect.poll(() => openCardEntity(p), { timeout: 10000 }).toBe(entity);
}

const cardText = (p: Page, selector: string) =>
  p.evaluate((sel) => document.querySelector('newslens-card')?.shadowRoot?.querySelector(sel)?.textContent ?? null, selector);

const xMarks = async (p: Page) => (await markedTexts(p)).filter((t) => t === 'X').length;

describe('why a name was marked', () => {
  it('says so in one line on the card', async () => {
    const p = await demo();
    await cardFor(p, 'Alibaba Cloud', 'alibaba-cloud');
    expect(await cardText(p, '.nl-why')).toBe('Marked because “Alibaba Cloud” is always a name');
    await p.keyboard.press('Escape');
    await cardFor(p, 'farewell on X', 'x', 'X');
    expect(await cardText(p, '.nl-why')).toBe('Marked because “on X” is nearby');
  });
});

describe('Not this', () => {
  it('removes the marks of that name at once, keeps focus on the page, and lists the mute in the options with an undo', async () => {
    const p = await demo();
    expect(await xMarks(p)).toBe(2);
    await cardFor(p, 'farewell on X', 'x', 'X');
    const card = p.locator('newslens-card');
    await card.locator('.nl-notthis-open').click();
    await card.locator('.nl-mute-site').click();
    await expect.poll(() => xMarks(p)).toBe(0);
    expect(await openCardEntity(p)).toBeNull();
    // The reader is told, and the page's focus is the page's.
    await expect
      .poll(() => p.evaluate(() => document.querySelector('newslens-status')?.shadowRoot?.textContent ?? ''))
      .toContain('will no longer be marked as X on 127.0.0.1');
    expect(await p.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect((await markedTexts(p)).length).toBeGreaterThan(40);

    const options = await session.open(`chrome-extension://${session.extensionId}/options.html`);
    pages.push(options);
    const row = options.locator('.mutes li');
    await expect.poll(() => row.allTextContents()).toEqual(['“X” → X on 127.0.0.1Mark again']);
    await row.locator('button').click();
    await expect.poll(() => options.locator('.mutes li').count()).toBe(0);
    // Undone in the options: the marks come back in the page that is still open.
    await expect.poll(() => xMarks(p), { timeout: 10000 }).toBe(2);
  });

  it('can be reached and used from the keyboard', async () => {
    const p = await demo();
    await cardFor(p, 'farewell on X', 'x', 'X');
    const open = p.locator('newslens-card .nl-notthis-open');
    await open.focus();
    await p.keyboard.press('Enter');
    await p.keyboard.press('Tab'); // "On 127.0.0.1"
    await p.keyboard.press('Tab'); // "Everywhere"
    await p.keyboard.press('Enter');
    await expect.poll(() => xMarks(p)).toBe(0);
    await expect
      .poll(() => p.evaluate(() => document.querySelector('newslens-status')?.shadowRoot?.textContent ?? ''))
      .toContain('anywhere');
  });
});
