/**
 * The built extension in each browser: what its manifest asks for, and that
 * a whole session of use (marks, a card, the popup with a search, the
 * options page) sends nothing anywhere, checked by a recorder that is shown
 * to catch a request when one is made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/browser/launch';
import { FIREFOX_EXTENSION_DIR, GECKO_ID } from '../../scripts/browser/launch-firefox';
import { browsersUnderTest, useDriver } from './support/browsers';
import { restOn, textOf, waitForCard, waitForMarks, waitInPage } from './support/newslens';

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('the manifests', () => {
  it('Chromium (MV3): a real name, icons, storage and alarms, and site access only as optional (asked for at subscription)', () => {
    const m = manifestOf(EXTENSION_DIR);
    expect(m.manifest_version).toBe(3);
    expect(m.name).toBe('__MSG_extName__');
    expect(m.permissions).toEqual(['storage', 'alarms']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(Object.keys(m.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
    expect(m.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
    expect(m.content_scripts[0].css).toEqual(['content-scripts/content.css']);
  });

  it('Firefox (MV2): the same, plus its add-on id, minimum version and no data collection', () => {
    const m = manifestOf(FIREFOX_EXTENSION_DIR);
    expect(m.manifest_version).toBe(2);
    expect(m.name).toBe('__MSG_extName__');
    // In MV2 host permissions would be listed here too: there are none; site access is optional only.
    expect(m.permissions).toEqual(['storage', 'alarms']);
    expect(m.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(m.browser_specific_settings.gecko).toEqual({
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(Object.keys(m.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
    expect(m.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
    expect(m.content_scripts[0].css).toEqual(['content-scripts/content.css']);
    expect(m.commands['next-mention'].suggested_key.default).toBe('Alt+Shift+N');
  });
});

describe.each(browsersUnderTest())('%s', (name) => {
  const driver = useDriver(name);

  it('sends nothing anywhere during a session of use', async () => {
    const page = await driver().open('demo/article.html');
    await waitForMarks(page, 20);
    await restOn(page, 'Zhou Jingren');
    await waitForCard(page);
    const popup = await driver().openExtensionPage(`popup.html?tab=${await driver().tabId(page)}`);
    await waitInPage(popup, () => document.querySelector('.summary-title') !== null);
    await popup.type('input[type="search"]', 'Anthropic');
    await expect.poll(() => textOf(popup, '.result .result-name')).toContain('Anthropic');
    const options = await driver().openExtensionPage('options.html');
    await waitInPage(options, () => document.querySelector('h1') !== null);
    expect(driver().outside()).toEqual([]);
    for (const p of [options, popup, page]) await p.close();
  });

  it('would have seen a request: one made by a page is refused and recorded', async () => {
    const page = await driver().open('demo/article.html');
    await page.evaluate(async () => {
      const tries = ['http://example.com/newslens-probe', 'https://example.org/newslens-probe'];
      // Refused either way (Chromium aborts them, Firefox's proxy answers 403 and forwards nothing).
      await Promise.all(tries.map((url) => fetch(url, { mode: 'no-cors' }).catch(() => undefined)));
    });
    const seen = () => ['http://example.com/newslens-probe', 'https://example.org'].filter((u) => driver().outside().join(' ').includes(u));
    await expect.poll(seen).toEqual(['http://example.com/newslens-probe', 'https://example.org']);
    // And the per-page record of script-made requests (the corpus suite's check) saw them too.
    expect(
      driver()
        .scriptedRequests(page)
        .map((r) => r.replace(/^\S+ /, '')),
    ).toEqual(expect.arrayContaining(['http://example.com/newslens-probe', 'https://example.org/newslens-probe']));
    await page.close();
  });
});
