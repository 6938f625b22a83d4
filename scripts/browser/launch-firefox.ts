/**
 * Starts Firefox (headless by default) with the built Firefox extension
 * installed as a temporary add-on, driven by puppeteer-core over WebDriver
 * BiDi (recipe in ../shared/TOOLCHAIN.md). A fresh profile that puppeteer
 * removes on close; the extension's moz-extension:// address fixed by a
 * preference; every host but 127.0.0.1 sent to a proxy that refuses it and
 * records it, so nothing leaves the machine and every attempt is known.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireFirefox } from './find-firefox';
import { type RefusingProxy, startRefusingProxy } from './refusing-proxy';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'newslens@newslens.dev';
/**
 * Firefox gives each install a random internal uuid (the host of its
 * moz-extension:// pages); the extensions.webextensions.uuids preference fixes
 * it, so tests and the demo know where the popup is.
 */
export const EXTENSION_UUID = '6e0e1c2a-5d1b-4f57-9a3e-4e2f5b1c0a77';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxOptions {
  headless?: boolean;
  /** Install the extension (default) or run a plain browser. */
  extension?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number } | null;
  /**
   * false: an optional permission an extension requests (permissions.request) is granted without
   * the prompt a person would answer (extensions.webextOptionalPermissionPrompts). Tests only.
   */
  optionalPermissionPrompts?: boolean;
  /** Print the browser's console (pages, content scripts, extension pages) on stdout, for diagnosis. */
  dumpConsole?: boolean;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on id, as Firefox reports it after installing. */
  extensionId: string;
  /** moz-extension://<uuid> */
  origin: string;
  /** Requests that tried to leave 127.0.0.1 (refused), from any part of the browser. */
  outside: string[];
  /**
   * Opens an extension page (popup.html, options.html…) in a new tab. BiDi's
   * navigate is used directly: puppeteer's page.goto never sees the
   * navigation into the extension's process finish and times out.
   */
  openExtensionPage(path: string, options?: { background?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/** Preferences that keep a test browser quiet and offline (puppeteer adds its own set, as does Firefox's remote agent). */
function preferences(proxy: RefusingProxy, options: FirefoxOptions): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // Every request through the refusing proxy, 127.0.0.1 excepted; never around it.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxy.port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxy.port,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '127.0.0.1',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    'network.proxy.socks_remote_dns': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.http3.enable': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'media.peerconnection.enabled': false,
    'dom.push.connection.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'browser.discovery.enabled': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.ml.enable': false,
    // 0 dark, 1 light: what prefers-color-scheme says to pages and extension pages.
    'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    ...(options.optionalPermissionPrompts === false ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
    ...(options.dumpConsole ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true } : {}),
  };
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<LaunchedFirefox> {
  const proxy = await startRefusingProxy();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: requireFirefox(),
      headless: options.headless ?? true,
      // Lets BiDi open moz-extension:// pages (the popup and options pages) in a tab.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: preferences(proxy, options),
      defaultViewport: options.viewport === undefined ? { width: 1200, height: 800 } : options.viewport,
      dumpio: options.dumpConsole === true,
      // Starting can be slow on a busy machine: a limit, not a measurement.
      timeout: 120_000,
      env: {
        ...process.env,
        // Release builds ignore the services.settings.server override (a data: URL, so Remote
        // Settings never polls Mozilla's servers) unless this is set.
        MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
        MOZ_CRASHREPORTER_DISABLE: '1',
      },
    });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await browser.close().catch(() => undefined);
    await proxy.close();
  };
  try {
    const extensionId = options.extension === false ? '' : await browser.installExtension(FIREFOX_EXTENSION_DIR);
    return {
      browser,
      extensionId,
      origin: EXTENSION_ORIGIN,
      outside: proxy.requests,
      openExtensionPage: (path, opts) => openExtensionPage(browser, `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`, opts),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

interface BidiNavigable {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
}

async function openExtensionPage(browser: Browser, url: string, options: { background?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({ background: options.background === true });
  // puppeteer-core is pinned (25.16.0): its BidiFrame keeps the BiDi browsing context here.
  await (page.mainFrame() as unknown as BidiNavigable).browsingContext.navigate(url, 'complete');
  const href = await page.evaluate(() => location.href);
  if (!href.startsWith(url.split('?')[0] as string)) {
    throw new Error(
      `Opening ${url} showed ${href}: the extension's uuid is not ${EXTENSION_UUID} (extensions.webextensions.uuids not applied?)`,
    );
  }
  return page;
}
