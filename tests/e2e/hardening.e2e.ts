/**
 * Hostile surroundings: a page with the strictest Content-Security-Policy, a
 * page whose CSS attacks everything, corrupt stored settings, and datasets
 * carrying markup or script URLs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markedTexts, openCardEntity, pointOf, waitForCard, waitForMarks } from './support/page';
import { ROOT, type Session, startSession } from './support/session';

const article = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');
const HOSTILE_CSS = `<style>
  * { all: unset !important; font-size: 31px !important; color: #f0f !important; line-height: 3 !important; z-index: 2147483647 !important; }
  *::before, *::after { content: "!!" !important; }
  html, body { display: block !important; }
  p, div, h1, h2, article, main, section, aside, header, footer, blockquote, ul, li, nav { display: block !important; }
  #overlay { position: fixed !important; inset: 0 !important; background: rgba(0, 0, 0, 0.2) !important; pointer-events: none !important; }
</style>`;

let session: Session;
beforeAll(async () => {
  session = await startSession({
    headers: (req): Record<string, string> => (req.url?.includes('strict-csp') ? { 'content-security-policy': "default-src 'none'" } : {}),
    pages: {
      '/strict-csp/article.html': article,
      '/hostile/article.html': article.replace('</head>', `${HOSTILE_CSS}</head>`).replace('<body>', '<body><div id="overlay"></div>'),
    },
  });
});
afterAll(async () => {
  await session?.stop();
});

async function openCard(page: Page, name: string): Promise<void> {
  const { x, y } = await pointOf(page, name, 'article');
  await page.mouse.move(x - 50, y + 30);
  await page.mouse.move(x, y, { steps: 5 });
  await waitForCard(page);
}

/** The look of the open card: the computed styles that make it what it is, and its size. */
function cardLook(page: Page) {
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

describe('hostile pages', () => {
  it("marks and opens cards on a page served with default-src 'none'", async () => {
    const page = await session.open('strict-csp/article.html');
    await waitForMarks(page, 20);
    expect(await markedTexts(page)).toContain('Zhou Jingren');
    await openCard(page, 'Zhou Jingren');
    expect(await openCardEntity(page)).toBe('zhou-jingren');
    const look = await cardLook(page);
    expect(look.card).toContain('13px'); // the card's own stylesheet applied despite the policy
    await page.close();
  });

  it('looks the same on a page whose CSS attacks every element, and stays on top of overlays', async () => {
    const normal = await session.open('demo/article.html');
    await waitForMarks(normal, 20);
    await openCard(normal, 'Zhou Jingren');
    const expected = await cardLook(normal);
    const hostile = await session.open('hostile/article.html');
    await waitForMarks(hostile, 20);
    await openCard(hostile, 'Zhou Jingren');
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
    await session.worker.evaluate((items) => chrome.storage.sync.set(items), stored);
    const page = await session.open('demo/article.html');
    await waitForMarks(page, 20);
    // People are off (the one readable switch); everything else is on, marked the default way.
    expect((await markedTexts(page)).length).toBeGreaterThan(20);
    expect(
      await page.evaluate(() =>
        [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((k) => k.startsWith('newslens-person')),
      ),
    ).toBe(false);
    const tabId = await session.tabId(page);
    const popup = await session.open(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.summary-title');
    await expect.poll(() => popup.locator('.switch input:checked').count()).toBe(4);
    // Reading them wrote nothing.
    expect(await session.worker.evaluate(() => chrome.storage.sync.get(null))).toEqual(stored);

    // A change made here touches only its own switch.
    await popup.click('.switch.cat-media input');
    await expect
      .poll(() => session.worker.evaluate(() => chrome.storage.sync.get(null)))
      .toEqual({
        settings: { ...stored.settings, categories: { ...stored.settings.categories, media: false } },
        settings$: { v: 99 },
      });
    await session.worker.evaluate(() => chrome.storage.sync.clear());
    await popup.close();
    await page.close();
  });
});

describe('hostile datasets', () => {
  it('refuses markup and script URLs in an import, and shows nothing of them', async () => {
    const options = await session.open(`chrome-extension://${session.extensionId}/options.html`);
    const evil = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/datasets/good.json'), 'utf8'));
    evil.entities[0].summary = '<img src=x onerror="document.title=\'pwned\'">';
    evil.entities[0].facts[0].source.url = 'javascript:alert(1)';
    await options.setInputFiles('input[type="file"]', {
      name: 'evil.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(evil)),
    });
    await options.waitForSelector('[role="alert"]');
    const errors = await options.locator('[role="alert"] li').allTextContents();
    expect(errors).toContain('entity "acme-ai", field summary: must be plain text (no HTML tags, entities or control characters)');
    expect(errors).toContain('entity "acme-ai", field facts[0].source.url: must be an http(s) URL');
    expect(await options.locator('[role="alert"] img').count()).toBe(0);
    expect(await options.title()).not.toBe('pwned');
    expect(await session.worker.evaluate(() => chrome.storage.local.get('userDataset'))).toEqual({});
    await options.close();
  });
});

declare const chrome: {
  storage: {
    sync: { set(items: object): Promise<void>; get(k: string | null): Promise<Record<string, unknown>>; clear(): Promise<void> };
    local: { get(k: string): Promise<Record<string, unknown>> };
  };
};
