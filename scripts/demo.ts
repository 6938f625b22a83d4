/**
 * npm run demo [-- --browser chromium|firefox] [-- --screenshot DIR] [-- --no-build]
 * Builds Newslens and opens Chromium (or Firefox) with it loaded on the
 * bundled demo article (served on 127.0.0.1). Without a display, or with
 * --screenshot, it runs headless and writes screenshots instead: the marked
 * page, an open hover card, and the popup in light and dark (Firefox's are
 * named firefox-*.png). The README's pictures are made with
 * `npm run demo -- --screenshot docs/screenshots`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { screenshotChromium, tryInChromium } from './demo/chromium';
import { screenshotFirefox, tryInFirefox } from './demo/firefox';
import { serveDirectory } from './lib/static-server';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flagValue = (flag: string) => (args.includes(flag) ? (args[args.indexOf(flag) + 1] ?? '') : undefined);
const browser = flagValue('--browser') ?? 'chromium';
if (browser !== 'chromium' && browser !== 'firefox') {
  console.error(`--browser must be chromium or firefox, not "${browser}"`);
  process.exit(2);
}
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const shotDir = resolve(flagValue('--screenshot') || 'screenshots');
const headless = args.includes('--screenshot') || noDisplay;

if (!args.includes('--no-build')) {
  console.log(`Building the extension for ${browser}…`);
  const build = spawnSync('npx', ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await serveDirectory(join(root, 'demo'));
const articleUrl = server.url('article.html');
try {
  if (!headless) {
    await (browser === 'firefox' ? tryInFirefox(articleUrl) : tryInChromium(articleUrl));
  } else {
    if (noDisplay && !args.includes('--screenshot'))
      console.log('No display found: taking screenshots instead (use --screenshot DIR to choose where).');
    mkdirSync(shotDir, { recursive: true });
    const written: string[] = [];
    const options = { articleUrl, headless, shotDir, written };
    await (browser === 'firefox' ? screenshotFirefox(options) : screenshotChromium(options));
    console.log(`Screenshots written:\n${written.map((p) => `  ${p}`).join('\n')}`);
  }
} finally {
  await server.close();
}
