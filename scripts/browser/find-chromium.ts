/**
 * Finds a Chromium or Chrome to drive: CHROMIUM_PATH, then Debian's
 * /usr/bin/chromium, then the usual install locations.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const INSTALL_HINT = [
  'No Chromium or Chrome was found. End-to-end tests, the demo and the benchmark need one.',
  '  Debian/Ubuntu: sudo apt-get install -y chromium',
  '  macOS:         brew install --cask chromium   (or install Google Chrome)',
  '  Anywhere:      set CHROMIUM_PATH=/path/to/chrome',
  '(Playwright\'s own browser download is not used: "npx playwright install" is not needed.)',
].join('\n');

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** The browser to use, or an error that says how to install one. */
export function requireChromium(): string {
  const found = findChromium();
  if (found) return found;
  const env = process.env.CHROMIUM_PATH;
  throw new Error(env ? `CHROMIUM_PATH is set to ${env}, but no file is there.\n${INSTALL_HINT}` : INSTALL_HINT);
}
