import { defineWebExtConfig } from 'wxt';
import { findChromium } from './scripts/browser/find-chromium';

// `npm run dev` opens this Chromium with the extension loaded on the demo article.
export default defineWebExtConfig({
  binaries: { chrome: findChromium() ?? '/usr/bin/chromium' },
  chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
