/**
 * The scenario driver for Firefox: puppeteer-core over WebDriver BiDi on
 * Debian's Firefox ESR with the built MV2 add-on installed temporarily
 * (scripts/browser/launch-firefox.ts). Every request to anywhere but
 * 127.0.0.1 goes to a proxy that refuses and records it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { pressInBrowserWindow } from '../../../scripts/browser/firefox-shortcut';
import { EXTENSION_ORIGIN, launchFirefox } from '../../../scripts/browser/launch-firefox';
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

/** The parts of a WebDriver BiDi network.beforeRequestSent event read here. */
interface BeforeRequestSent {
  context: string | null;
  request: { url: string; initiatorType?: string | null };
}
interface BidiEvents {
  on(event: string, handler: (params: BeforeRequestSent) => void): void;
  off(event: string, handler: (params: BeforeRequestSent) => void): void;
}

const frameOf = (f: Page | Frame): DriverFrame => ({
  // The function is sent as source: puppeteer's typing of its argument is looser than ours.
  evaluate: <R, A>(fn: InPage<A, R>, arg?: A) => (f.evaluate as (fn: unknown, arg: unknown) => Promise<R>).call(f, fn, arg),
});

/**
 * Loads `url` in `page` and waits for its load event, read from the page. Not page.goto: Firefox
 * 153's BiDi navigate fails ("Address rejected") when a frame inside the page shows an error page,
 * which every saved page with a frame on another host does here (the proxy refuses it), although
 * the page itself loaded. So the navigation is started without waiting, and the top document is
 * checked: the address asked for, loaded, and not an error page of its own.
 */
async function navigate(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'none'): Promise<void> } })
    .browsingContext;
  const target = new URL(url).href;
  await context.navigate(target, 'none');
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    // While the old document is replaced, evaluating can fail: that is "not yet".
    const state = await page.evaluate(() => ({ uri: document.documentURI, ready: document.readyState })).catch(() => null);
    if (state && /^about:(neterror|certerror|blocked)/.test(state.uri)) throw new Error(`Firefox could not load ${url}: ${state.uri}`);
    if (state?.uri === target && state.ready === 'complete') return;
    if (Date.now() > deadline) throw new Error(`Firefox did not finish loading ${url} (last: ${JSON.stringify(state)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function launchFirefoxDriver(settings: LaunchSettings = {}): Promise<BrowserDriver> {
  const server = await serveDirectory(settings.root ?? serveOptions.root, serveOptions.from(settings));
  const ff = await launchFirefox({
    extension: settings.extension !== false,
    colorScheme: settings.colorScheme,
    // See grantSiteAccess: headless Firefox would show its permission prompt to no one. Only when the
    // scenario asks for it, so one that forgets to grant access waits on the prompt as in Chromium.
    optionalPermissionPrompts: settings.siteAccess !== true,
  }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const uploads = mkdtempSync(join(tmpdir(), 'newslens-uploads-'));
  const pages = new Map<DriverPage, Page>();
  const errors = new Map<DriverPage, string[]>();
  // Extension APIs are reached from an extension page of our own, opened in the background
  // (WebDriver BiDi cannot evaluate in an add-on's background page).
  let control: Promise<Page> | null = null;
  const controlPage = () => {
    control ??= ff.openExtensionPage('options.html', { background: true });
    return control;
  };

  // Script-made requests, from BiDi's own network events (puppeteer subscribes to them): Firefox
  // names each request's initiatorType, which puppeteer does not pass on.
  const scripted = new Map<DriverPage, string[]>();
  const SCRIPTED = ['fetch', 'xmlhttprequest', 'beacon', 'eventsource', 'websocket'];
  const connection = (ff.browser as unknown as { connection: BidiEvents }).connection;
  const onRequest = (event: BeforeRequestSent) => {
    const type = event.request.initiatorType ?? '';
    if (!SCRIPTED.includes(type)) return;
    for (const [p, page] of pages)
      if (page.frames().some((f) => (f as unknown as { _id: string })._id === event.context))
        scripted.get(p)?.push(`${type} ${event.request.url}`);
  };
  connection.on('network.beforeRequestSent', onRequest);

  const wrap = (page: Page): DriverPage => {
    page.setDefaultTimeout(WAIT_MS);
    page.setDefaultNavigationTimeout(WAIT_MS);
    const list: string[] = [];
    // Content-script errors arrive as page errors (BiDi log entries) whose stack names the add-on's files.
    page.on('pageerror', (err) => {
      const e = err as Error;
      if (`${e.stack ?? ''}${e.message}`.includes(EXTENSION_ORIGIN) || /newslens/i.test(e.message ?? '')) list.push(e.message);
    });
    const driverPage: DriverPage = {
      ...frameOf(page),
      async frame(suffix) {
        const found = page.frames().find((f) => f.url().endsWith(suffix)) ?? (await page.waitForFrame((f) => f.url().endsWith(suffix)));
        return frameOf(found);
      },
      move: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
      clickAt: (x, y) => page.mouse.click(x, y),
      click: (selector) => page.click(selector),
      press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
      type: async (selector, text) => {
        await page.$eval(selector, (el) => {
          (el as HTMLInputElement).value = '';
        });
        await page.type(selector, text);
      },
      async upload(selector, file) {
        const path = join(mkdtempSync(join(uploads, 'f-')), file.name);
        writeFileSync(path, file.content);
        const input = await page.waitForSelector(selector);
        if (!input) throw new Error(`no ${selector}`);
        await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(path);
      },
      setViewport: (width, height) => page.setViewport({ width, height }),
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
    scripted.set(driverPage, []);
    return driverPage;
  };
  const pageOf = (p: DriverPage) => {
    const page = pages.get(p);
    if (!page) throw new Error('that page is closed or belongs to another driver');
    return page;
  };

  const driver: BrowserDriver = {
    name: 'firefox',
    version: (await ff.browser.version()).replace(/^firefox\//i, ''),
    server,
    async open(pathOrUrl) {
      const page = await ff.browser.newPage();
      const p = wrap(page);
      await navigate(page, /^[a-z-]+:/.test(pathOrUrl) ? pathOrUrl : server.url(pathOrUrl));
      return p;
    },
    async openExtensionPage(path) {
      return wrap(await ff.openExtensionPage(path));
    },
    async tabId(p) {
      await pageOf(p).bringToFront();
      return driver.extension(async (api) => {
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id as number;
      });
    },
    async extension<R, A>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
      const page = await controlPage();
      return page.evaluate(`(${fn.toString()})(browser, ${JSON.stringify(arg ?? null)})`) as Promise<R>;
    },
    async runCommand(p) {
      await pageOf(p).bringToFront();
      const [command] = await driver.extension(async (api) =>
        (api as unknown as { commands: { getAll(): Promise<Array<{ shortcut?: string }>> } }).commands.getAll(),
      );
      if (!command?.shortcut) throw new Error('the next-mention command has no shortcut bound in Firefox');
      await pressInBrowserWindow(ff.browser, command.shortcut);
    },
    async grantSiteAccess() {
      if (settings.siteAccess !== true) throw siteAccessNotDeclared('firefox');
      // Started with extensions.webextOptionalPermissionPrompts=false: a request is granted as it is made.
    },
    extensionErrors: (p) => errors.get(p) ?? [],
    scriptedRequests: (p) => scripted.get(p) ?? [],
    outside: () => ff.outside,
    async stop() {
      connection.off('network.beforeRequestSent', onRequest);
      await ff.close();
      await server.close();
      rmSync(uploads, { recursive: true, force: true });
    },
  };
  return driver;
}
