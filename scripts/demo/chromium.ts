/** The demo in Chromium: a window to try Newslens in, or (headless) screenshots. */
import { join } from 'node:path';
import { launchBrowser } from '../browser/launch';
import { cardIsShown, type DemoOptions, INSTRUCTIONS, pageIsMarked, zhouJingrenPoint } from './shared';

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };

/** Opens a window and resolves when the user closes it. */
export async function tryInChromium(articleUrl: string): Promise<void> {
  const browser = await launchBrowser({ headless: false, viewport: null });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(articleUrl);
  console.log(`Newslens is loaded in Chromium on ${articleUrl}`);
  console.log(INSTRUCTIONS);
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
}

export async function screenshotChromium({ articleUrl, shotDir, written }: DemoOptions): Promise<void> {
  const shot = async (name: string, take: (path: string) => Promise<unknown>) => {
    const path = join(shotDir, name);
    await take(path);
    written.push(path);
  };
  for (const scheme of ['light', 'dark'] as const) {
    const browser = await launchBrowser({ colorScheme: scheme, viewport: { width: 1200, height: 820 } });
    try {
      const page = await browser.context.newPage();
      await page.goto(articleUrl);
      await page.waitForFunction(pageIsMarked, null, { timeout: 60_000 });
      const suffix = scheme === 'dark' ? '-dark' : '';
      if (scheme === 'light') await shot('page.png', (path) => page.screenshot({ path }));
      // Rest the pointer on the first "Zhou Jingren" so its card opens.
      const point = await page.evaluate(zhouJingrenPoint);
      if (!point) throw new Error('demo article has no "Zhou Jingren"');
      await page.mouse.move(point.x - 40, point.y + 30);
      await page.mouse.move(point.x, point.y, { steps: 6 });
      await page.waitForFunction(cardIsShown, null, { timeout: 30_000 });
      await shot(`hover-card${suffix}.png`, (path) => page.screenshot({ path }));
      const tabId = await browser.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id;
      });
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('.summary', { timeout: 30_000 });
      await shot(`popup${suffix}.png`, (path) => popup.screenshot({ path }));
      if (scheme === 'light') {
        // The story graph and timeline sit below the summary: scroll to them for a second picture.
        await popup.evaluate(() => document.querySelector('.graph')?.scrollIntoView({ block: 'start' }));
        await shot('popup-story.png', (path) => popup.screenshot({ path }));
      }
    } finally {
      await browser.close();
    }
  }
}
