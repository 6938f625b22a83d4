/**
 * What an end-to-end scenario needs from a browser, and nothing more, so each
 * scenario is written once and runs in Chromium (playwright-core) and in
 * Firefox (puppeteer-core over WebDriver BiDi). Everything about what
 * Newslens shows is read from the page itself by evaluate(); a driver only
 * opens things, moves the pointer, presses keys and reaches the extension.
 */
import type { StaticServer } from '../../../scripts/lib/static-server';

export type BrowserName = 'chromium' | 'firefox';

/** How long a browser action or navigation may wait: a limit sized for a busy 2-core machine, not a measurement. */
export const WAIT_MS = 120_000;

/** A function run inside the page (or the extension); it is sent as source, so it may use only its argument. */
export type InPage<A, R> = (arg: A) => R | Promise<R>;

/** A document Newslens runs in: a tab's top frame or one of its frames. */
export interface DriverFrame {
  evaluate<R, A = undefined>(fn: InPage<A, R>, arg?: A): Promise<R>;
}

export interface DriverPage extends DriverFrame {
  /** The frame whose address ends with `suffix` (waits for it to exist). */
  frame(suffix: string): Promise<DriverFrame>;
  /** Moves the pointer to (x, y) in viewport coordinates, through `steps` intermediate moves. */
  move(x: number, y: number, steps?: number): Promise<void>;
  /** A real click (press and release) at (x, y). */
  clickAt(x: number, y: number): Promise<void>;
  /** A real click in the middle of the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** A key press in the page ("Escape", "Enter"). */
  press(key: string): Promise<void>;
  /** Focuses `selector`, clears it and types `text` key by key. */
  type(selector: string, text: string): Promise<void>;
  /** Chooses a file in the file input `selector`, as a user picking it would. */
  upload(selector: string, file: { name: string; content: string }): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchSettings {
  /** Extra response headers per request path (a strict CSP, for example). */
  headers?: (path: string) => Record<string, string>;
  /** Pages served from memory, by path. */
  pages?: Record<string, string>;
  /** The folder the local server serves (default: the repository). */
  root?: string;
  /** Without the extension: a reference browser for "the same page without Newslens". */
  extension?: boolean;
  colorScheme?: 'light' | 'dark';
  /**
   * Origins on 127.0.0.1 other than the local server that requests may reach (a pack publisher the
   * scenario starts before the browser), read at each request; they are not counted as outside.
   * Chromium lets them through its block; Firefox sends no 127.0.0.1 request to its refusing proxy,
   * so there they pass already.
   */
  reachable?: () => readonly string[];
  /**
   * The scenario will call grantSiteAccess. Declared at launch because Firefox can only be told then
   * (a preference); a driver launched without it refuses grantSiteAccess, so a scenario that needs
   * site access fails the same way in both browsers instead of passing in one.
   */
  siteAccess?: boolean;
}

export interface BrowserDriver {
  readonly name: BrowserName;
  /** The browser's own version string, for reports. */
  readonly version: string;
  readonly server: StaticServer;
  /** Opens a page of the local server (a path) or any address in a new tab and waits for its load event. */
  open(pathOrUrl: string): Promise<DriverPage>;
  /** Opens one of the extension's pages ("popup.html?tab=3", "options.html") in a new tab. */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** The extension's id for `tabs.*`: the tab showing `page`. */
  tabId(page: DriverPage): Promise<number>;
  /**
   * Runs `fn` in an extension context (Chromium: the service worker; Firefox:
   * an extension page), with the WebExtension API as its first argument.
   */
  extension<R, A = undefined>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Runs the keyboard command for `page` the way the browser would. Firefox:
   * the real shortcut, typed into the browser window. Chromium: headless
   * Chromium binds no extension shortcuts, so the driver sends the message
   * the background sends for it.
   */
  runCommand(page: DriverPage, command: 'next-mention'): Promise<void>;
  /**
   * Gives Newslens access to http://127.0.0.1 (any port) as a user saying yes would, so its
   * permissions.request for a pack's site there resolves at once: a headless browser shows its
   * prompt to no one, and the request would never resolve. Chromium: the grant behind
   * chrome://extensions's "Site access" control. Firefox: launched with `siteAccess`, the driver
   * starts Firefox with extensions.webextOptionalPermissionPrompts=false, which grants an optional
   * permission when it is requested, without a prompt; nothing is left to do here. Throws when the
   * driver was launched without `siteAccess`.
   */
  grantSiteAccess(): Promise<void>;
  /** Errors thrown by Newslens's own code in `page` (content script), collected since it opened. */
  extensionErrors(page: DriverPage): readonly string[];
  /**
   * Requests made from script in `page` or its frames since it opened (fetch, XHR, beacon,
   * EventSource, WebSocket), as "type url". With page scripts blocked, any is Newslens's.
   */
  scriptedRequests(page: DriverPage): readonly string[];
  /** Requests that tried to leave 127.0.0.1, from any part of the browser (all refused). */
  outside(): readonly string[];
  stop(): Promise<void>;
}

/** The parts of the WebExtension API the scenarios use (the same in both browsers, promise-based). */
export interface ExtensionApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string; active?: boolean }>>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  storage: Record<'local' | 'sync' | 'session', StorageArea>;
}

interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

/** What grantSiteAccess throws in a driver launched without `siteAccess`. */
export function siteAccessNotDeclared(browser: BrowserName): Error {
  return new Error(`${browser}: grantSiteAccess() needs the driver launched with { siteAccess: true }`);
}
