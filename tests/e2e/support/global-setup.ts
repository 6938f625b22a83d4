/**
 * Before any end-to-end test: a browser must exist and the extension must be
 * built. Both fail loudly with what to do; nothing is skipped silently.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, INSTALL_HINT } from '../../../scripts/browser/find-chromium';
import { EXTENSION_DIR } from '../../../scripts/browser/launch';

export default function setup(): void {
  if (!findChromium()) throw new Error(`End-to-end tests cannot run.\n${INSTALL_HINT}`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Run "npm run build" first (npm test does it for you).`);
  }
}
