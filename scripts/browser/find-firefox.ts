/**
 * Finds a Firefox to drive: FIREFOX_PATH, then Debian's /usr/bin/firefox-esr,
 * then the usual install locations. Firefox 140 or newer (it speaks WebDriver
 * BiDi, which puppeteer-core uses; nothing is downloaded).
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  'C:\\Program Files (x86)\\Mozilla Firefox\\firefox.exe',
];

export const FIREFOX_INSTALL_HINT = [
  'No Firefox was found. The Firefox end-to-end tests and `npm run demo -- --browser firefox` need one.',
  '  Debian/Ubuntu: sudo apt-get install -y firefox-esr',
  '  macOS:         brew install --cask firefox',
  '  Anywhere:      set FIREFOX_PATH=/path/to/firefox',
].join('\n');

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** The browser to use, or an error that says how to install one. */
export function requireFirefox(): string {
  const found = findFirefox();
  if (found) return found;
  const env = process.env.FIREFOX_PATH;
  throw new Error(env ? `FIREFOX_PATH is set to ${env}, but no file is there.\n${FIREFOX_INSTALL_HINT}` : FIREFOX_INSTALL_HINT);
}
