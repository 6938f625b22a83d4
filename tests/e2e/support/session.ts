/**
 * One browser with the built extension, plus a local server for the demo
 * article and test fixtures. Every request that is not to 127.0.0.1 is
 * aborted and recorded, so tests can assert that nothing left the machine.
 */
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { type LaunchedBrowser, type LaunchOptions, launchBrowser } from '../../../scripts/browser/launch';
import { type ServeOptions, type StaticServer, serveDirectory } from '../../../scripts/lib/static-server';

export const ROOT = join(import.meta.dirname, '../../..');

/** How long a browser action or navigation may wait: a limit sized for a busy 2-core machine, not a measurement. */
export const WAIT_MS = 120_000;

/** Gives every page of the browser the same generous limits on waiting. */
export function patient(context: { setDefaultTimeout(ms: number): void; setDefaultNavigationTimeout(ms: number): void }): void {
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(WAIT_MS);
}

export interface Session extends LaunchedBrowser {
  server: StaticServer;
  /** Requests to anywhere but the local server. */
  outside: string[];
  open(path: string): Promise<Page>;
  /** The id of the tab showing `page`. */
  tabId(page: Page): Promise<number>;
  /** Sends a message to the content script in a tab's top frame and returns the answer. */
  send<T>(tabId: number, message: unknown, frameId?: number): Promise<T>;
  /** Writes raw settings overrides (what the extension stores in storage.sync). */
  setSettings(overrides: unknown): Promise<void>;
  stop(): Promise<void>;
}

export async function startSession(options: LaunchOptions & ServeOptions & { root?: string } = {}): Promise<Session> {
  const server = await serveDirectory(options.root ?? ROOT, options);
  const browser = await launchBrowser(options);
  patient(browser.context);
  const outside: string[] = [];
  await browser.context.route('**/*', (route, request: Request) => {
    const url = request.url();
    if (url.startsWith(server.origin) || url.startsWith('chrome-extension:') || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  const session: Session = {
    ...browser,
    server,
    outside,
    async open(path) {
      const page = await browser.context.newPage();
      await page.goto(path.startsWith('http') || path.startsWith('chrome') ? path : server.url(path));
      return page;
    },
    async tabId(page) {
      await page.bringToFront();
      return browser.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id as number;
      });
    },
    send(tabId, message, frameId = 0) {
      return browser.worker.evaluate(([id, msg, frame]) => chrome.tabs.sendMessage(id as number, msg, { frameId: frame as number }), [
        tabId,
        message,
        frameId,
      ] as const) as Promise<never>;
    },
    async setSettings(overrides) {
      await browser.worker.evaluate((value) => chrome.storage.sync.set({ settings: value }), overrides);
    },
    async stop() {
      await browser.close();
      await server.close();
    },
  };
  return session;
}

declare const chrome: {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown, options?: object): Promise<unknown>;
  };
  storage: {
    sync: { set(items: object): Promise<void> };
    local: { set(items: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> };
  };
};
