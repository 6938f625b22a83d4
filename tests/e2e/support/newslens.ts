/**
 * What Newslens shows, read the same way in every browser: from the page's
 * own world (registered highlights, the text under them, the open card) and
 * from the extension (settings, the tab's report). Waits poll these states,
 * never the clock.
 */
import { expect } from 'vitest';
import type { PageStats } from '../../../lib/messages';
import type { CardState } from '../../../utils/content/card-host';
import type { BrowserDriver, DriverFrame, DriverPage } from '../drivers/driver';

type Registry = Map<string, Set<Range>>;

/** Highlight name → the text of each range in it, in registration order. */
export function highlights(frame: DriverFrame): Promise<Record<string, string[]>> {
  return frame.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, h] of registry) out[name] = [...h].map((r) => r.toString().replace(/\s+/g, ' '));
    return out;
  });
}

/** "category:text" for every mark, in document order. */
export function marks(frame: DriverFrame): Promise<string[]> {
  return frame.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const all: Array<{ range: Range; category: string }> = [];
    for (const [name, h] of registry) {
      const m = /^newslens-(person|company|product|lab|media)-/.exec(name);
      if (m) for (const range of h) all.push({ range, category: m[1] as string });
    }
    all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return all.map((x) => `${x.category}:${x.range.toString().replace(/\s+/g, ' ')}`);
  });
}

/** Every marked text, all categories together, in document order. */
export async function markedTexts(frame: DriverFrame): Promise<string[]> {
  return (await marks(frame)).map((m) => m.slice(m.indexOf(':') + 1));
}

/** How many ranges the highlights named `newslens-*` hold (the active card's excepted). */
function markCount(frame: DriverFrame): Promise<number> {
  return frame.evaluate(() => {
    let total = 0;
    for (const [name, h] of (CSS as unknown as { highlights: Registry }).highlights)
      if (name.startsWith('newslens-') && name !== 'newslens-active') total += h.size;
    return total;
  });
}

/** Waits until at least `count` mentions are marked. */
export async function waitForMarks(frame: DriverFrame, count = 1): Promise<void> {
  await expect.poll(() => markCount(frame), { message: `waiting for ${count} marks` }).toBeGreaterThanOrEqual(count);
}

/** Waits until `fn` (run in the page) returns true. */
export async function waitInPage<A>(frame: DriverFrame, fn: (arg: A) => boolean, arg?: A): Promise<void> {
  await expect.poll(() => frame.evaluate(fn, arg as A)).toBe(true);
}

/**
 * The viewport point in the middle of the first occurrence of `text` inside
 * `selector` (scrolled into view first). `at` (and `length`) pick a part of it instead.
 */
export async function pointOf(
  frame: DriverFrame,
  text: string,
  selector = 'body',
  at?: number,
  length = 1,
): Promise<{ x: number; y: number }> {
  const point = await frame.evaluate(
    ([needle, sel, char, span]) => {
      const root = document.querySelector(sel);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.nodeValue ?? '').indexOf(needle);
        if (i < 0) continue;
        (n.parentElement as Element).scrollIntoView({ block: 'center', behavior: 'instant' });
        const r = document.createRange();
        r.setStart(n, char === null ? i : i + char);
        r.setEnd(n, char === null ? i + needle.length : i + char + span);
        const rect = r.getClientRects()[0] as DOMRect;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [text, selector, at ?? null, length] as [string, string, number | null, number],
  );
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}

/** Moves the pointer onto `text` the way a person would: from nearby, in a few steps, then rests there. */
export async function restOn(page: DriverPage, text: string, selector = 'article'): Promise<void> {
  const { x, y } = await pointOf(page, text, selector);
  await page.move(x - 60, y + 40);
  await page.move(x, y, 5);
}

/** The middle of `name` where it ends `words` ("farewell on X": the X), after scrolling `words` into view. */
export async function pointAtEnd(frame: DriverFrame, words: string, name: string, selector = 'article'): Promise<{ x: number; y: number }> {
  return pointOf(frame, words, selector, words.length - name.length, name.length);
}

/** A real click in the middle of `selector` inside the open card (its shadow root). */
export async function clickInCard(page: DriverPage, selector: string): Promise<void> {
  const point = await page.evaluate((sel) => {
    const el = document.querySelector('newslens-card')?.shadowRoot?.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  if (!point) throw new Error(`the card has no ${selector}`);
  await page.clickAt(point.x, point.y);
}

/** What Newslens's status element announces to screen readers on the page. */
export function announced(frame: DriverFrame): Promise<string> {
  return frame.evaluate(() => document.querySelector('newslens-status')?.shadowRoot?.textContent ?? '');
}

/** The open card's entity id, or null. */
export function openCardEntity(frame: DriverFrame): Promise<string | null> {
  return frame.evaluate(
    () => document.querySelector('newslens-card')?.shadowRoot?.querySelector('.nl-card')?.getAttribute('data-entity') ?? null,
  );
}

/** The card's state (its host's data-state: placing, open, closing), or null when no card is open. */
export function cardState(frame: DriverFrame): Promise<CardState | null> {
  return frame.evaluate(() => (document.querySelector('newslens-card')?.getAttribute('data-state') as CardState | undefined) ?? null);
}

/** Waits until a card is open and placed next to its mention, and returns its entity id. */
export async function waitForCard(frame: DriverFrame): Promise<string> {
  await expect.poll(() => cardState(frame), { message: 'waiting for an open card' }).toBe('open');
  return (await openCardEntity(frame)) as string;
}

/** Waits until no card is open. */
export async function waitForNoCard(frame: DriverFrame): Promise<void> {
  await expect.poll(() => frame.evaluate(() => document.querySelector('newslens-card') === null)).toBe(true);
}

/** Text of the first element matching `selector` (in the card's shadow root when `inCard`). */
export function textOf(frame: DriverFrame, selector: string, inCard = false): Promise<string | null> {
  return frame.evaluate(
    ([sel, card]) => {
      const root = card ? document.querySelector('newslens-card')?.shadowRoot : document;
      return root?.querySelector(sel)?.textContent ?? null;
    },
    [selector, inCard] as [string, boolean],
  );
}

/** Texts of every element matching `selector`. */
export function textsOf(frame: DriverFrame, selector: string): Promise<string[]> {
  return frame.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? ''), selector);
}

/** How many elements match `selector`. */
export function countOf(frame: DriverFrame, selector: string): Promise<number> {
  return frame.evaluate((sel) => document.querySelectorAll(sel).length, selector);
}

/** A snapshot of the page as the page sees it: its markup and its text. */
export function pageSnapshot(frame: DriverFrame): Promise<{ html: string; text: string }> {
  return frame.evaluate(() => ({ html: document.documentElement.outerHTML, text: document.body.textContent ?? '' }));
}

/** Writes raw settings overrides, as the extension stores them in storage.sync. */
export async function setSettings(driver: BrowserDriver, overrides: unknown): Promise<void> {
  await driver.extension((api, value) => api.storage.sync.set({ settings: value }), overrides);
}

/** Sends a message to the content script of a tab's frame and returns the answer. */
export function send<T>(driver: BrowserDriver, tabId: number, message: unknown, frameId = 0): Promise<T> {
  return driver.extension((api, [id, msg, frame]) => api.tabs.sendMessage(id as number, msg, { frameId: frame as number }), [
    tabId,
    message,
    frameId,
  ] as const) as Promise<T>;
}

/**
 * Asks the content script of the page's top frame for its stats until
 * `until` holds (by default, until it answers at all: it may still be
 * starting). A plain loop rather than expect.poll, so hooks can use it too.
 */
export async function pageStats(
  driver: BrowserDriver,
  page: DriverPage,
  until: (s: PageStats) => boolean = () => true,
  timeoutMs = 60_000,
): Promise<PageStats> {
  const tab = await driver.tabId(page);
  const deadline = Date.now() + timeoutMs;
  let last: PageStats | null = null;
  for (;;) {
    last = await send<PageStats>(driver, tab, { type: 'get-stats' }).catch(() => null);
    if (last !== null && until(last)) return last;
    if (Date.now() > deadline) throw new Error(`${driver.name}: the page's stats did not settle (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** What the tab's top frame reported to the background: entity id → mentions (what the popup summarises). */
export async function reportedCounts(driver: BrowserDriver, page: DriverPage): Promise<Record<string, number>> {
  const tab = await driver.tabId(page);
  const stored = await driver.extension((api, id) => api.storage.session.get(`tab-${id}`), tab);
  const frames = (stored[`tab-${tab}`] ?? {}) as Record<string, { counts: Array<[string, number]> }>;
  return Object.fromEntries(frames['0']?.counts ?? []);
}
