/**
 * Renders the Newslens icon (assets/icon.svg) to the PNG sizes the manifest
 * uses, in headless Chromium. Run after changing the SVG: npx tsx scripts/make-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser/launch';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
const browser = await launchBrowser({ extension: false, viewport: { width: 128, height: 128 } });
const page = await browser.context.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  writeFileSync(join(root, `public/icon/${size}.png`), await page.screenshot({ omitBackground: true }));
  console.log(`public/icon/${size}.png`);
}
await browser.close();
