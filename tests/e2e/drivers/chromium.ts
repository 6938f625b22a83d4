/**
 * The scenario driver for Chromium: playwright-core on Debian's Chromium with
 * the built MV3 extension (scripts/browser/launch.ts). Requests to anywhere
 * but the local server are aborted and recorded.
 */
import type { Frame, Page } from 'playwright-core';
import { launchBrowser } from '../../../scripts/browser/launch';
import { serveDirectory } from '../../../scripts/lib/static-server';
import {
  type BrowserDriver,
  type DriverFrame,
  type DriverPage,
  type ExtensionApi,
  type InPage,
  type LaunchSettings,
  siteAccessNotDeclared,
  WAIT_MS,
} from './driver';
import { serveOptions } from './serve';

const frameOf = (f: Page | Frame): DriverFrame => ({
  // The function is sent as source: playwright's typing of its argument is looser than ours.
  evaluate: <R, A>(fn: InPage<A, R>, arg?: A) => (f.evaluate as (fn: unknown, arg: unknown) => Promise<R>).call(f, fn, arg),
});

export async function launchChromiumDriver(settings: LaunchSettings = {}): Promise<BrowserDriver> {
  const server = await serveDirectory(settings.root ?? serveOptions.root, serveOptions.from(settings));
  const browser = await launchBrowser({ extension: settings.extension !== false, colorScheme: settings.colorScheme }).catch(
    async (error: unknown) => {
      await server.close();
      throw error;
    },
  );
  browser.context.setDefaultTimeout(WAIT_MS);
  browser.context.setDefaultNavigationTimeout(WAIT_MS);
  const outside: string[] = [];
  await browser.context.route('**/*', (route, request) => {
    const url = request.url();
    if (url.startsWith(server.origin) || url.startsWith('chrome-extension:') || url.startsWith('data:')) return route.continue();
    if (settings.reachable?.().includes(new URL(url).origin)) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  const userAgent = browser.worker ? await browser.worker.evaluate(() => navigator.userAgent) : '';
  const pages = new Map<DriverPage, Page>();
  const errors = new Map<DriverPage, string[]>();
  const ours = `chrome-extension://${browser.extensionId}`;

  const scripted = new Map<DriverPage, string[]>();
  const SCRIPTED = ['fetch', 'xhr', 'websocket', 'eventsource', 'ping'];

  const wrap = (page: Page): DriverPage => {
    const list: string[] = [];
    const requests: string[] = [];
    page.on('request', (r) => {
      if (SCRIPTED.includes(r.resourceType())) requests.push(`${r.resourceType()} ${r.url()}`);
    });
    // Some saved pages refer to other extensions' files; only Newslens's own errors count.
    page.on('console', (msg) => {
      if (msg.type() === 'error' && ((msg.location().url ?? '').startsWith(ours) || /newslens/i.test(msg.text()))) list.push(msg.text());
    });
    page.on('pageerror', (err) => {
      if (`${err.stack ?? ''}${err.message}`.includes(ours) || /newslens/i.test(err.message)) list.push(err.message);
    });
    const driverPage: DriverPage = {
      ...frameOf(page),
      async frame(suffix) {
        for (;;) {
          const found = page.frames().find((f) => f.url().endsWith(suffix));
          if (found) return frameOf(found);
          await page.waitForEvent('framenavigated');
        }
      },
      move: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
      clickAt: (x, y) => page.mouse.click(x, y),
      click: (selector) => page.click(selector),
      press: (key) => page.keyboard.press(key),
      type: async (selector, text) => {
        await page.fill(selector, '');
        await page.locator(selector).pressSequentially(text);
      },
      upload: (selector, file) =>
        page.setInputFiles(selector, { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.content) }),
      setViewport: (width, height) => page.setViewportSize({ width, height }),
      screenshot: async (path) => {
        await page.screenshot({ path });
      },
      bringToFront: () => page.bringToFront(),
      close: async () => {
        pages.delete(driverPage);
        await page.close();
      },
    };
    pages.set(driverPage, page);
    errors.set(driverPage, list);
    scripted.set(driverPage, requests);
    return driverPage;
  };
  const pageOf = (p: DriverPage) => {
    const page = pages.get(p);
    if (!page) throw new Error('that page is closed or belongs to another driver');
    return page;
  };

  const driver: BrowserDriver = {
    name: 'chromium',
    version: /Chrom(?:e|ium)\/([\d.]+)/.exec(userAgent)?.[1] ?? 'unknown',
    server,
    async open(pathOrUrl) {
      const page = await browser.context.newPage();
      const p = wrap(page);
      await page.goto(/^[a-z-]+:/.test(pathOrUrl) ? pathOrUrl : server.url(pathOrUrl));
      return p;
    },
    openExtensionPage(path) {
      return driver.open(`chrome-extension://${browser.extensionId}/${path.replace(/^\//, '')}`);
    },
    async tabId(p) {
      await pageOf(p).bringToFront();
      return driver.extension(async (api) => {
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id as number;
      });
    },
    extension<R, A>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
      return browser.worker.evaluate(`(${fn.toString()})(chrome, ${JSON.stringify(arg ?? null)})`) as Promise<R>;
    },
    async runCommand(p, command) {
      // What utils/background-handlers.ts onCommand sends to the tab's top frame.
      const tab = await driver.tabId(p);
      await driver.extension((api, [id, type]) => api.tabs.sendMessage(id as number, { type }, { frameId: 0 }), [tab, command] as const);
    },
    async grantSiteAccess() {
      if (settings.siteAccess !== true) throw siteAccessNotDeclared('chromium');
      // chrome.developerPrivate (the API behind chrome://extensions) is there only on that page.
      const tab = await browser.context.newPage();
      try {
        await tab.goto(`chrome://extensions/?id=${browser.extensionId}`);
        await tab.evaluate(
          (id) =>
            (
              globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }
            ).chrome.developerPrivate.addHostPermission(id, 'http://127.0.0.1/*'),
          browser.extensionId,
        );
      } finally {
        await tab.close();
      }
    },
    extensionErrors: (p) => errors.get(p) ?? [],
    scriptedRequests: (p) => scripted.get(p) ?? [],
    outside: () => outside,
    async stop() {
      await browser.close();
      await server.close();
    },
  };
  return driver;
}
