/**
 * The popup and the options page, as a user meets them: the page summary,
 * search, a switch that changes the page, and importing datasets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlights, markedTexts, pageStats, waitForMarks } from './support/page';
import { ROOT, type Session, startSession } from './support/session';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.stop();
});

/** True when the first mark of `text` lies inside the viewport. */
function inView(page: Page, text: string): Promise<boolean> {
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

async function popupFor(page: Page): Promise<Page> {
  const tabId = await session.tabId(page);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The demo article, marked, and the popup for its tab showing the page summary. */
async function demoWithPopup(): Promise<{ page: Page; popup: Page }> {
  const page = await session.open('demo/article.html');
  await waitForMarks(page, 20);
  const popup = await popupFor(page);
  await popup.waitForSelector('.summary-title');
  return { page, popup };
}

describe('popup', () => {
  it('summarises the demo article by category and searches the whole dataset', async () => {
    const { page, popup } = await demoWithPopup();
    expect(await popup.textContent('.summary-title')).toMatch(/^\d+ entities on this page · \d+ mentions$/);
    const groups = await popup.locator('.group-title').allTextContents();
    expect(groups.map((g) => g.replace(/\s*\d+$/, ''))).toEqual(['People', 'Companies', 'Models & products', 'Labs & teams', 'Media']);
    expect(await popup.locator('[data-entity="lin-junyang"] .entity-count').textContent()).toMatch(/^×\d+$/);
    expect(await popup.locator('.graph .node').count()).toBeGreaterThan(3);

    // Search, with a typo, then open the result with the keyboard.
    await popup.fill('input[type="search"]', 'bytdance');
    await expect.poll(() => popup.locator('.result .result-name').first().textContent()).toContain('ByteDance');
    await popup.press('input[type="search"]', 'Enter');
    await popup.waitForSelector('.nl-card[data-entity="bytedance"]');
    // A name not on this page is still found.
    await popup.click('.back');
    await popup.fill('input[type="search"]', 'Anthropc');
    await expect.poll(() => popup.locator('.result .result-name').first().textContent()).toContain('Anthropic');
    await popup.close();
    await page.close();
  });

  it('turning a category off in the popup removes its marks from the page', async () => {
    const { page, popup } = await demoWithPopup();
    expect((await highlights(page))['newslens-media-underline']?.length).toBeGreaterThan(0);
    await popup.click('.switch.cat-media input');
    await expect.poll(async () => (await highlights(page))['newslens-media-underline'] ?? []).toEqual([]);
    await expect.poll(() => popup.locator('.group-title').allTextContents()).not.toContainEqual(expect.stringContaining('Media'));
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
    const stats = await pageStats(session, page, (s) => s.revealed.length > 0);
    expect(stats.revealed).toEqual([{ entity: 'cursor', text: 'Cursor' }]);
    expect(await inView(page, 'Cursor')).toBe(true);
    const blank = await session.context.newPage();
    await blank.goto('about:blank');
    const nothing = await popupFor(blank);
    await expect.poll(() => nothing.locator('.state-title').textContent()).toBe('Newslens isn’t running on this page');
    for (const p of [popup, page, nothing, blank]) await p.close();
  });
});

describe('importing a dataset', () => {
  const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/datasets', name));

  it('refuses a bad file, names each problem, and changes nothing', async () => {
    const options = await session.open(`chrome-extension://${session.extensionId}/options.html`);
    await options.setInputFiles('input[type="file"]', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: fixture('non-http-url.json'),
    });
    await options.waitForSelector('[role="alert"]');
    expect(await options.locator('[role="alert"] li').allTextContents()).toContain(
      'entity "acme-ai", field facts[0].source.url: must be an http(s) URL',
    );
    expect(await options.locator('[data-testid="user-dataset"]').count()).toBe(0);
    expect(await session.worker.evaluate(() => chrome.storage.local.get('userDataset'))).toEqual({});
    await options.close();
  });

  it('imports a good file; its entity is marked on a page and its card says it is yours', async () => {
    const options = await session.open(`chrome-extension://${session.extensionId}/options.html`);
    await options.setInputFiles('input[type="file"]', { name: 'mine.json', mimeType: 'application/json', buffer: fixture('good.json') });
    await options.waitForSelector('[role="status"]');
    expect(await options.textContent('[role="status"]')).toBe('Imported mine.json: 2 entities.');
    const page = await session.open('tests/e2e/fixtures/custom-entity.html');
    await waitForMarks(page, 2);
    expect(await markedTexts(page)).toEqual(['Acme AI', 'AcmeBot']);
    const tab = await session.tabId(page);
    await session.send(tab, { type: 'next-mention' });
    await page.waitForSelector('newslens-card', { state: 'attached' });
    expect(await page.evaluate(() => document.querySelector('newslens-card')?.shadowRoot?.querySelector('.nl-yours')?.textContent)).toBe(
      'Your dataset',
    );
    // Removing it takes the marks away from open pages.
    await options.bringToFront();
    await options.click('[data-testid="user-dataset"] button:nth-of-type(2)');
    await expect.poll(() => markedTexts(page)).toEqual([]);
    await options.close();
    await page.close();
  });
});

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
