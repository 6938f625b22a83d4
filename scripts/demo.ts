/**
 * npm run demo [-- --screenshot DIR] [-- --no-build]
 * Builds Newslens and opens Chromium with it loaded on the bundled demo
 * article (served on 127.0.0.1). Without a display, or with --screenshot,
 * it runs headless and writes screenshots instead: the marked page, an open
 * hover card, and the popup in light and dark. The README's pictures are
 * made with `npm run demo -- --screenshot docs/screenshots`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from './browser/launch';
import { serveDirectory } from './lib/static-server';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const shotIndex = args.indexOf('--screenshot');
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const shotDir = resolve(shotIndex >= 0 ? (args[shotIndex + 1] ?? 'screenshots') : 'screenshots');
const headless = shotIndex >= 0 || noDisplay;

if (!args.includes('--no-build')) {
  console.log('Building the extension…');
  const build = spawnSync('npx', ['wxt', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await serveDirectory(join(root, 'demo'));
const articleUrl = server.url('article.html');

if (!headless) {
  const browser = await launchBrowser({ headless: false, viewport: null });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(articleUrl);
  console.log(`Newslens is loaded in Chromium on ${articleUrl}`);
  console.log('Rest the pointer on an underlined name to see its card; press Alt+Shift+N to step through names.');
  console.log('Close the browser window to end the demo.');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
} else {
  if (noDisplay && shotIndex < 0) console.log('No display found: taking screenshots instead (use --screenshot DIR to choose where).');
  mkdirSync(shotDir, { recursive: true });
  const written: string[] = [];
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
      await page.waitForFunction(
        () => [...(CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.values()].some((h) => h.size > 3),
        null,
        { timeout: 60_000 },
      );
      const suffix = scheme === 'dark' ? '-dark' : '';
      if (scheme === 'light') await shot('page.png', (path) => page.screenshot({ path }));
      // Rest the pointer on the first "Zhou Jingren" so its card opens.
      const point = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector('article') as Node, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n.nodeValue ?? '').indexOf('Zhou Jingren');
          if (i < 0) continue;
          (n.parentElement as Element).scrollIntoView({ block: 'center' });
          const r = document.createRange();
          r.setStart(n, i + 2);
          r.setEnd(n, i + 3);
          const rect = r.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        return null;
      });
      if (!point) throw new Error('demo article has no "Zhou Jingren"');
      await page.mouse.move(point.x - 40, point.y + 30);
      await page.mouse.move(point.x, point.y, { steps: 6 });
      // The card says when it is placed next to its name (data-state="open").
      await page.waitForSelector('newslens-card[data-state="open"]', { state: 'attached', timeout: 60_000 });
      await shot(`hover-card${suffix}.png`, (path) => page.screenshot({ path }));
      const tabId = await browser.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id;
      });
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('.summary', { timeout: 60_000 });
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
  await server.close();
  console.log(`Screenshots written:\n${written.map((p) => `  ${p}`).join('\n')}`);
}

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
