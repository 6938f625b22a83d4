/**
 * Starts Chromium with the built extension loaded (recipe from
 * ../shared/TOOLCHAIN.md): a fresh profile, no background networking, every
 * host but 127.0.0.1 unresolvable, so nothing leaves the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { requireChromium } from './find-chromium';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface LaunchedBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Load the extension (default) or run a plain browser (benchmarks). */
  extension?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number } | null;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'newslens-profile-'));
  const withExtension = options.extension !== false;
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: requireChromium(),
    headless: options.headless ?? true,
    args,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport === undefined ? { width: 1200, height: 800 } : options.viewport,
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  if (!withExtension) return { context, worker: null as unknown as Worker, extensionId: '', close };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 120_000 }));
  return { context, worker, extensionId: new URL(worker.url()).host, close };
}
