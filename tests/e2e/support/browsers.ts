/**
 * Which browsers the scenarios run in, and one driver per browser for a
 * test file. NEWSLENS_BROWSERS=chromium (or firefox) runs one only; by
 * default both run, each scenario once per browser.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchChromiumDriver } from '../drivers/chromium';
import type { BrowserDriver, BrowserName, LaunchSettings } from '../drivers/driver';
import { launchFirefoxDriver } from '../drivers/firefox';

export const ALL_BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export function browsersUnderTest(): BrowserName[] {
  const asked = process.env.NEWSLENS_BROWSERS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!asked || asked.length === 0) return [...ALL_BROWSERS];
  const unknown = asked.filter((b) => !ALL_BROWSERS.includes(b as BrowserName));
  if (unknown.length > 0)
    throw new Error(`NEWSLENS_BROWSERS names unknown browsers: ${unknown.join(', ')} (use ${ALL_BROWSERS.join(', ')})`);
  return asked as BrowserName[];
}

export function launchDriver(name: BrowserName, settings: LaunchSettings = {}): Promise<BrowserDriver> {
  return name === 'chromium' ? launchChromiumDriver(settings) : launchFirefoxDriver(settings);
}

/** Starts the browser before the file's tests (inside the current describe) and stops it after; returns a getter. */
export function useDriver(name: BrowserName, settings: LaunchSettings = {}): () => BrowserDriver {
  let driver: BrowserDriver | undefined;
  beforeAll(async () => {
    driver = await launchDriver(name, settings);
  });
  afterAll(async () => {
    await driver?.stop();
  });
  return () => {
    if (!driver) throw new Error(`${name} did not start`);
    return driver;
  };
}
