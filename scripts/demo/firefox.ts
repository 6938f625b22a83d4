/**
 * The demo in Firefox: a window with Newslens installed as a temporary
 * add-on, or (headless) screenshots named firefox-*.png.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { type LaunchedFirefox, launchFirefox } from '../browser/launch-firefox';
import { cardIsShown, type DemoOptions, INSTRUCTIONS, pageIsMarked, zhouJingrenPoint } from './shared';

declare const browser: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };

/** Opens a window and resolves when the user closes it. */
export async function tryInFirefox(articleUrl: string): Promise<void> {
  const ff = await launchFirefox({ headless: false, viewport: null });
  const [page] = await ff.browser.pages();
  await (page ?? (await ff.browser.newPage())).goto(articleUrl);
  console.log(`Newslens is loaded in Firefox (a temporary add-on) on ${articleUrl}`);
  console.log(INSTRUCTIONS);
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((done) => ff.browser.once('disconnected', () => done()));
  await ff.close();
}

/** The id of the tab showing `page`, asked from an extension page. */
async function tabIdOf(ff: LaunchedFirefox, page: Page): Promise<number | undefined> {
  const probe = await ff.openExtensionPage('options.html', { background: true });
  await page.bringToFront();
  const id = await probe.evaluate(async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  await probe.close();
  return id;
}

export async function screenshotFirefox({ articleUrl, shotDir, written }: DemoOptions): Promise<void> {
  const shot = async (page: Page, name: string) => {
    const path = join(shotDir, `firefox-${name}`);
    await page.screenshot({ path });
    written.push(path);
  };
  for (const scheme of ['light', 'dark'] as const) {
    const ff = await launchFirefox({ colorScheme: scheme, viewport: { width: 1200, height: 820 } });
    try {
      const page = await ff.browser.newPage();
      await page.goto(articleUrl);
      await page.waitForFunction(pageIsMarked, { timeout: 60_000, polling: 100 });
      const suffix = scheme === 'dark' ? '-dark' : '';
      if (scheme === 'light') await shot(page, 'page.png');
      // Rest the pointer on the first "Zhou Jingren" so its card opens.
      const point = await page.evaluate(zhouJingrenPoint);
      if (!point) throw new Error('demo article has no "Zhou Jingren"');
      await page.mouse.move(point.x - 40, point.y + 30);
      await page.mouse.move(point.x, point.y, { steps: 6 });
      await page.waitForFunction(cardIsShown, { timeout: 30_000, polling: 100 });
      await shot(page, `hover-card${suffix}.png`);
      const popup = await ff.openExtensionPage(`popup.html?tab=${await tabIdOf(ff, page)}`);
      await popup.setViewport({ width: 380, height: 600 });
      await popup.waitForFunction(() => document.querySelector('.summary') !== null, { timeout: 30_000, polling: 100 });
      await shot(popup, `popup${suffix}.png`);
      if (scheme === 'light') {
        await popup.evaluate(() => document.querySelector('.graph')?.scrollIntoView({ block: 'start' }));
        await shot(popup, 'popup-story.png');
      }
    } finally {
      await ff.close();
    }
  }
}
