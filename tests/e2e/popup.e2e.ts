/**
 * The popup and the options page, as a user meets them in each browser: the
 * page summary, search, a switch that changes the page, and importing datasets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserDriver, DriverPage } from './drivers/driver';
import { ROOT } from './drivers/serve';
import { browsersUnderTest, useDriver } from './support/browsers';
import { countOf, highlights, markedTexts, pageStats, textOf, textsOf, waitForCard, waitForMarks, waitInPage } from './support/newslens';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/datasets', name), 'utf8');

/** The popup for the tab showing `page`, opened in a tab of its own at the popup's size. */
async function popupFor(driver: BrowserDriver, page: DriverPage): Promise<DriverPage> {
  const tabId = await driver.tabId(page);
  const popup = await driver.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewport(380, 600);
  return popup;
}

/** True when the first mark of `text` lies inside the viewport. */
function inView(page: DriverPage, text: string): Promise<boolean> {
  return page.evaluate((needle) => {
    for (const h of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values())
      for (const r of h)
        if (r.toString() === needle) {
          const rect = r.getBoundingClientRect();
          return rect.height > 0 && rect.top >= 0 && rect.bottom <= innerHeight;
        }
    return false;
  }, text);
}

const hasElement = (p: DriverPage, selector: string) => waitInPage(p, (sel) => document.querySelector(sel) !== null, selector);

describe.each(browsersUnderTest())('%s', (name) => {
  const driver = useDriver(name);

  /** The demo article, marked, and the popup for its tab showing the page summary. */
  async function demoWithPopup(): Promise<{ page: DriverPage; popup: DriverPage }> {
    const page = await driver().open('demo/article.html');
    await waitForMarks(page, 20);
    const popup = await popupFor(driver(), page);
    await hasElement(popup, '.summary-title');
    return { page, popup };
  }

  describe('popup', () => {
    it('summarises the demo article by category and searches the whole dataset', async () => {
      const { page, popup } = await demoWithPopup();
      expect(await textOf(popup, '.brand')).toBe('Newslens');
      expect(await textOf(popup, '.summary-title')).toMatch(/^\d+ entities on this page · \d+ mentions$/);
      const groups = await textsOf(popup, '.group-title');
      expect(groups.map((g) => g.replace(/\s*\d+$/, ''))).toEqual(['People', 'Companies', 'Models & products', 'Labs & teams', 'Media']);
      expect(await textOf(popup, '[data-entity="lin-junyang"] .entity-count')).toMatch(/^×\d+$/);
      expect(await countOf(popup, '.graph .node')).toBeGreaterThan(3);

      // Search, with a typo, then open the result with the keyboard.
      await popup.type('input[type="search"]', 'bytdance');
      await expect.poll(() => textOf(popup, '.result .result-name')).toContain('ByteDance');
      await popup.press('Enter');
      await hasElement(popup, '.nl-card[data-entity="bytedance"]');
      // A name not on this page is still found.
      await popup.click('.back');
      await popup.type('input[type="search"]', 'Anthropc');
      await expect.poll(() => textOf(popup, '.result .result-name')).toContain('Anthropic');
      await popup.close();
      await page.close();
    });

    it('turning a category off in the popup removes its marks from the page', async () => {
      const { page, popup } = await demoWithPopup();
      expect((await highlights(page))['newslens-media-underline']?.length).toBeGreaterThan(0);
      await popup.click('.switch.cat-media input');
      await expect.poll(async () => (await highlights(page))['newslens-media-underline'] ?? []).toEqual([]);
      await expect.poll(() => textsOf(popup, '.group-title')).not.toContainEqual(expect.stringContaining('Media'));
      await popup.click('.switch.cat-media input');
      await expect.poll(async () => ((await highlights(page))['newslens-media-underline'] ?? []).length).toBeGreaterThan(0);
      await popup.close();
      await page.close();
    });

    it('asks the page to show an entity, and says when it cannot run on a page', async () => {
      const { page, popup } = await demoWithPopup();
      await popup.click('[data-entity="cursor"] .entity-reveal');
      // The page tells what it was asked to show (the flash itself lasts a moment: its timing is
      // tested with a controlled clock in tests/utils/content/markers.test.ts) and it is in view.
      const stats = await pageStats(driver(), page, (s) => s.revealed.length > 0);
      expect(stats.revealed).toEqual([{ entity: 'cursor', text: 'Cursor' }]);
      expect(await inView(page, 'Cursor')).toBe(true);
      const blank = await driver().open('about:blank');
      const nothing = await popupFor(driver(), blank);
      await expect.poll(() => textOf(nothing, '.state-title')).toBe('Newslens isn’t running on this page');
      for (const p of [popup, page, nothing, blank]) await p.close();
    });
  });

  describe('options page and importing a dataset', () => {
    it('opens the options page', async () => {
      const options = await driver().openExtensionPage('options.html');
      await hasElement(options, 'h1');
      expect(await textOf(options, 'h1')).toBe('Newslens options');
      await options.close();
    });

    it('refuses a bad file, names each problem, and changes nothing', async () => {
      const options = await driver().openExtensionPage('options.html');
      await options.upload('input[type="file"]', { name: 'broken.json', content: fixture('non-http-url.json') });
      await hasElement(options, '[role="alert"]');
      expect(await textsOf(options, '[role="alert"] li')).toContain('entity "acme-ai", field facts[0].source.url: must be an http(s) URL');
      expect(await countOf(options, '[data-testid="pack"][data-kind="file"]')).toBe(0);
      expect(await driver().extension((api) => api.storage.local.get(null))).toEqual({});
      await options.close();
    });

    it('imports a good file; its entity is marked on a page and its card says it is yours', async () => {
      const options = await driver().openExtensionPage('options.html');
      await options.upload('input[type="file"]', { name: 'mine.json', content: fixture('good.json') });
      await hasElement(options, '[role="status"]');
      expect(await textOf(options, '[role="status"]')).toBe('Added mine.json: 2 entities.');
      const page = await driver().open('tests/e2e/fixtures/custom-entity.html');
      await waitForMarks(page, 2);
      expect(await markedTexts(page)).toEqual(['Acme AI', 'AcmeBot']);
      await driver().runCommand(page, 'next-mention');
      await waitForCard(page);
      expect(await textOf(page, '.nl-yours', true)).toBe('Your dataset');
      // Removing it takes the marks away from open pages.
      await options.bringToFront();
      await options.click('[data-testid="pack"][data-kind="file"] .remove');
      await expect.poll(() => markedTexts(page)).toEqual([]);
      await options.close();
      await page.close();
    });
  });
});
