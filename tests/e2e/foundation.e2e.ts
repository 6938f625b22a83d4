/**
 * The foundation: the built extension loads in Chromium, its content script
 * runs on a local page, and its Preact popup and options pages render.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/browser/launch';
import { markedTexts, pageStats, waitForMarks } from './support/page';
import { type Session, startSession } from './support/session';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.stop();
});

describe('the built extension in Chromium', () => {
  it('declares a real name, icons and only the storage permission', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(Object.keys(manifest.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
    expect(manifest.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
  });

  it('runs its content script on a local page', async () => {
    const page = await session.open('demo/article.html');
    await waitForMarks(page, 5);
    expect(await markedTexts(page)).toContain('Lin Junyang');
    await page.close();
  });

  it('opens its popup, rendered with Preact, for that page', async () => {
    const page = await session.open('demo/article.html');
    await waitForMarks(page, 5);
    const tabId = await session.tabId(page);
    const popup = await session.open(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.summary-title');
    expect(await popup.textContent('.brand')).toBe('Newslens');
    expect(await popup.textContent('.summary-title')).toMatch(/\d+ entities on this page/);
    await popup.close();
    await page.close();
  });

  it('opens its options page', async () => {
    const options = await session.open(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('h1');
    expect(await options.textContent('h1')).toBe('Newslens options');
    await options.close();
  });

  it('sends nothing anywhere from a page, the popup or the options page', async () => {
    const page = await session.open('demo/article.html');
    // The net works: a request to another host is caught and recorded (then forgotten).
    await page.evaluate(() => fetch('https://newslens-probe.example/').catch(() => undefined));
    await expect.poll(() => session.outside).toContain('https://newslens-probe.example/');
    session.outside.length = 0;

    await page.reload();
    await waitForMarks(page, 5);
    await pageStats(session, page, (s) => s.idle);
    const tabId = await session.tabId(page);
    const popup = await session.open(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.summary-title');
    await popup.fill('input[type="search"]', 'Anthropic');
    await popup.waitForSelector('.result');
    const options = await session.open(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('h1');
    expect(session.outside).toEqual([]);
    for (const p of [options, popup, page]) await p.close();
  });
});
