/**
 * Before any end-to-end test: each browser under test must exist and the
 * extension must be built for it. Both fail loudly with what to do; nothing
 * is skipped silently.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, INSTALL_HINT } from '../../../scripts/browser/find-chromium';
import { FIREFOX_INSTALL_HINT, findFirefox } from '../../../scripts/browser/find-firefox';
import { EXTENSION_DIR } from '../../../scripts/browser/launch';
import { FIREFOX_EXTENSION_DIR } from '../../../scripts/browser/launch-firefox';
import { browsersUnderTest } from './browsers';

const NEEDS = {
  chromium: { find: findChromium, hint: INSTALL_HINT, build: EXTENSION_DIR },
  firefox: { find: findFirefox, hint: FIREFOX_INSTALL_HINT, build: FIREFOX_EXTENSION_DIR },
};

export default function setup(): void {
  for (const name of browsersUnderTest()) {
    const need = NEEDS[name];
    if (!need.find()) throw new Error(`End-to-end tests cannot run in ${name}.\n${need.hint}`);
    if (!existsSync(join(need.build, 'manifest.json'))) {
      throw new Error(`No built extension at ${need.build}. Run "npm run build" first (npm test does it for you).`);
    }
  }
}
