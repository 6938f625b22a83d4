/**
 * Hostile surroundings, in each browser: a page with the strictest
 * Content-Security-Policy, a page whose CSS attacks everything, settings
 * stored by another version, and datasets carrying markup or script URLs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DriverPage } from './drivers/driver';
import { ROOT } from './drivers/serve';
import { browsersUnderTest, useDriver } from './support/browsers';
import { countOf, highlights, markedTexts, restOn, textsOf, waitForCard, waitForMarks, waitInPage } from './support/newslens';

const article = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');
const HOSTILE_CSS = `<style>
  * { all: unset !important; font-size: 31px !important; color: #f0f !important; line-height: 3 !important; z-index: 2147483647 !important; }
  *::before, *::after { content: "!!" !important; }
  html, body { display: block !important; }
  p, div, h1, h2, article, main, section, aside, header, footer, blockquote, ul, li, nav { display: block !important; }
  #overlay { position: fixed !important; inset: 0 !important; background: rgba(0, 0, 0, 0.2) !important; pointer-events: none !important; }
</style>`;

/** The look of the open card: the computed styles that make it what it is, its size, and whether it is on top. */
function cardLook(page: DriverPage) {
  return page.evaluate(() => {
    const host = document.querySelector('newslens-card') as HTMLElement;
    const root = host.shadowRoot as ShadowRoot;
    const pick = (el: Element | null) => {
      if (!el) return null;
      const cs = getComputedStyle(el);
      return [cs.fontSize, cs.fontFamily, cs.color, cs.backgroundColor, cs.padding, cs.borderRadius, cs.display, cs.lineHeight].join(' | ');
    };
    const shell = root.querySelector('.nl-shell') as Element;
    const box = shell.getBoundingClientRect();
    const center = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      shell: pick(root.querySelector('.nl-shell')),
      card: pick(root.querySelector('.nl-card')),
      name: pick(root.querySelector('.nl-name')),
      fact: pick(root.querySelector('.nl-facts li')),
      source: pick(root.querySelector('.nl-source')),
      // Its visible height depends on the room left around the name; its content's does not.
      size: [Math.round(box.width), shell.scrollHeight],
      onTop: center === host,
    };
  });
}

describe.each(browsersUnderTest())('%s', (name) => {
  const driver = useDriver(name, {
    headers: (path): Record<string, string> => (path.startsWith('/strict-csp/') ? { 'content-security-policy': "default-src 'none'" } : {}),
    pages: {
      '/strict-csp/article.html': article,
      '/hostile/article.html': article.replace('</head>', `${HOSTILE_CSS}</head>`).replace('<body>', '<body><div id="overlay"></div>'),
    },
  });

  describe('hostile pages', () => {
    it("marks and opens cards on a page served with default-src 'none'", async () => {
      const page = await driver().open('strict-csp/article.html');
      await waitForMarks(page, 20);
      expect(await markedTexts(page)).toContain('Zhou Jingren');
      await restOn(page, 'Zhou Jingren');
      expect(await waitForCard(page)).toBe('zhou-jingren');
      expect((await cardLook(page)).card).toContain('13px'); // the card's own stylesheet applied despite the policy
      await page.close();
    });

    it('looks the same on a page whose CSS attacks every element, and stays on top of overlays', async () => {
      const normal = await driver().open('demo/article.html');
      await waitForMarks(normal, 20);
      await restOn(normal, 'Zhou Jingren');
      await waitForCard(normal);
      const expected = await cardLook(normal);
      const hostile = await driver().open('hostile/article.html');
      await waitForMarks(hostile, 20);
      await restOn(hostile, 'Zhou Jingren');
      expect(await waitForCard(hostile)).toBe('zhou-jingren');
      const actual = await cardLook(hostile);
      expect(actual).toEqual(expected);
      expect(actual.onTop).toBe(true);
      await normal.close();
      await hostile.close();
    });
  });

  describe('settings from another version', () => {
    it('are read as far as they can be and kept: corrupt values, a newer version’s keys, through a change in the popup', async () => {
      const stored = {
        settings: {
          categories: { person: false, event: true, lab: 'no' },
          hoverDelayMs: -1,
          markStyle: { evil: true },
          mutes: ['qwen'],
          extra: [1],
        },
        settings$: { v: 99 },
      };
      await driver().extension((api, items) => api.storage.sync.set(items), stored);
      const page = await driver().open('demo/article.html');
      await waitForMarks(page, 20);
      // People are off (the one readable switch); everything else is on, marked the default way.
      expect((await markedTexts(page)).length).toBeGreaterThan(20);
      expect(Object.keys(await highlights(page)).some((k) => k.startsWith('newslens-person'))).toBe(false);
      const tabId = await driver().tabId(page);
      const popup = await driver().openExtensionPage(`popup.html?tab=${tabId}`);
      await waitInPage(popup, () => document.querySelector('.summary-title') !== null);
      await expect.poll(() => countOf(popup, '.switch input:checked')).toBe(4);
      // Reading them wrote nothing.
      expect(await driver().extension((api) => api.storage.sync.get(null))).toEqual(stored);

      // A change made here touches only its own switch.
      await popup.click('.switch.cat-media input');
      await expect
        .poll(() => driver().extension((api) => api.storage.sync.get(null)))
        .toEqual({
          settings: { ...stored.settings, categories: { ...stored.settings.categories, media: false } },
          settings$: { v: 99 },
        });
      await driver().extension((api) => api.storage.sync.clear());
      await popup.close();
      await page.close();
    });
  });

  describe('hostile datasets', () => {
    it('refuses markup and script URLs in an import, and shows nothing of them', async () => {
      const options = await driver().openExtensionPage('options.html');
      const evil = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/datasets/good.json'), 'utf8'));
      evil.entities[0].summary = '<img src=x onerror="document.title=\'pwned\'">';
      evil.entities[0].facts[0].source.url = 'javascript:alert(1)';
      await options.upload('input[type="file"]', { name: 'evil.json', content: JSON.stringify(evil) });
      await waitInPage(options, () => document.querySelector('[role="alert"]') !== null);
      const errors = await textsOf(options, '[role="alert"] li');
      expect(errors).toContain('entity "acme-ai", field summary: must be plain text (no HTML tags, entities or control characters)');
      expect(errors).toContain('entity "acme-ai", field facts[0].source.url: must be an http(s) URL');
      expect(await countOf(options, '[role="alert"] img')).toBe(0);
      expect(await options.evaluate(() => document.title)).not.toBe('pwned');
      expect(await driver().extension((api) => api.storage.local.get(null))).toEqual({});
      await options.close();
    });
  });
});
