/**
 * Why a name was marked and "Not this", as a reader meets them in each
 * browser: the card's one-line reason, muting a name removes its marks at
 * once without taking focus, the mute is listed in the options page, and its
 * undo brings the marks back live.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DriverPage } from './drivers/driver';
import { browsersUnderTest, useDriver } from './support/browsers';
import {
  announced,
  clickInCard,
  markedTexts,
  openCardEntity,
  pointAtEnd,
  setSettings,
  textOf,
  textsOf,
  waitForMarks,
} from './support/newslens';

const xMarks = async (p: DriverPage) => (await markedTexts(p)).filter((t) => t === 'X').length;

describe.each(browsersUnderTest())('%s', (name) => {
  const driver = useDriver(name);
  const pages: DriverPage[] = [];
  afterEach(async () => {
    await setSettings(driver(), {});
    for (const p of pages.splice(0)) await p.close();
  });

  async function demo(): Promise<DriverPage> {
    const page = await driver().open('demo/article.html');
    pages.push(page);
    await waitForMarks(page, 20);
    return page;
  }

  /** Rests the pointer on the name ending `words` (from nearby, in steps) and waits for the card of `entity`. */
  async function cardFor(p: DriverPage, words: string, entity: string, name = words): Promise<void> {
    const { x, y } = await pointAtEnd(p, words, name);
    await p.move(x - 60, y + 40);
    await p.move(x, y, 5);
    await expect.poll(() => openCardEntity(p)).toBe(entity);
  }

  describe('why a name was marked', () => {
    it('says so in one line on the card', async () => {
      const p = await demo();
      await cardFor(p, 'Alibaba Cloud', 'alibaba-cloud');
      expect(await textOf(p, '.nl-why', true)).toBe('Marked because “Alibaba Cloud” is always a name');
      await p.press('Escape');
      await cardFor(p, 'farewell on X', 'x', 'X');
      expect(await textOf(p, '.nl-why', true)).toBe('Marked because “on X” is nearby');
    });
  });

  describe('Not this', () => {
    it('removes the marks of that name at once, keeps focus on the page, and lists the mute in the options with an undo', async () => {
      const p = await demo();
      expect(await xMarks(p)).toBe(2);
      await cardFor(p, 'farewell on X', 'x', 'X');
      await clickInCard(p, '.nl-notthis-open');
      await clickInCard(p, '.nl-mute-site');
      await expect.poll(() => xMarks(p)).toBe(0);
      expect(await openCardEntity(p)).toBeNull();
      // The reader is told, and the page's focus is the page's.
      await expect.poll(() => announced(p)).toContain('will no longer be marked as X on 127.0.0.1');
      expect(await p.evaluate(() => document.activeElement === document.body)).toBe(true);
      expect((await markedTexts(p)).length).toBeGreaterThan(40);

      const options = await driver().openExtensionPage('options.html');
      pages.push(options);
      await expect.poll(() => textsOf(options, '.mutes li')).toEqual(['“X” → X on 127.0.0.1Mark again']);
      await options.click('.mutes li button');
      await expect.poll(() => textsOf(options, '.mutes li')).toEqual([]);
      // Undone in the options: the marks come back in the page that is still open.
      await expect.poll(() => xMarks(p)).toBe(2);
    });

    it('can be reached and used from the keyboard', async () => {
      const p = await demo();
      await cardFor(p, 'farewell on X', 'x', 'X');
      await p.evaluate(() =>
        (document.querySelector('newslens-card')?.shadowRoot?.querySelector('.nl-notthis-open') as HTMLElement | null)?.focus(),
      );
      await p.press('Enter');
      await p.press('Tab'); // "On 127.0.0.1"
      await p.press('Tab'); // "Everywhere"
      await p.press('Enter');
      await expect.poll(() => xMarks(p)).toBe(0);
      await expect.poll(() => announced(p)).toContain('anywhere');
    });
  });
});
