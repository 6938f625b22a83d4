/**
 * What Newslens shows in a page, read from the page's own world: the
 * registered highlights, the text under them, the open card and its state.
 * Tests wait on these states, never on the clock.
 */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PageStats } from '../../../lib/messages';
import type { CardState } from '../../../utils/content/card-host';
import type { Session } from './session';

/** Highlight name → the text of each range in it, in registration order. */
export async function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, h] of registry) out[name] = [...h].map((r) => r.toString().replace(/\s+/g, ' '));
    return out;
  });
}

/** Every marked text, all categories together, in document order. */
export async function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const ranges: Range[] = [];
    for (const [name, h] of registry) if (/^newslens-(person|company|product|lab|media)-/.test(name)) ranges.push(...h);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString().replace(/\s+/g, ' '));
  });
}

/** Waits until at least `count` mentions are marked. */
export async function waitForMarks(page: Page, count = 1, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      let total = 0;
      for (const [name, h] of registry) if (name.startsWith('newslens-') && name !== 'newslens-active') total += h.size;
      return total >= n;
    },
    count,
    { timeout },
  );
}

/** The viewport point at the middle of the first occurrence of `text` inside `selector`. */
export async function pointOf(page: Page, text: string, selector = 'body'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([needle, sel]) => {
      const root = document.querySelector(sel as string);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.nodeValue ?? '').indexOf(needle as string);
        if (i < 0) continue;
        const el = n.parentElement as Element;
        el.scrollIntoView({ block: 'center' });
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + (needle as string).length);
        const rect = r.getClientRects()[0] as DOMRect;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [text, selector] as const,
  );
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}

/** The card's state (its host's data-state: placing, open, closing), or null when no card is open. */
export async function cardState(page: Page | Frame): Promise<CardState | null> {
  return page.evaluate(() => (document.querySelector('newslens-card')?.getAttribute('data-state') as CardState | undefined) ?? null);
}

/** Waits until a card is open and placed next to its mention, and returns its entity id. */
export async function waitForCard(page: Page | Frame): Promise<string> {
  await page.waitForSelector('newslens-card[data-state="open"]', { state: 'attached' });
  return (await openCardEntity(page)) as string;
}

/**
 * Asks the content script of the page's top frame for its stats until `until`
 * holds (by default, until it answers at all: it may still be starting).
 */
export async function pageStats(session: Session, page: Page, until: (s: PageStats) => boolean = () => true): Promise<PageStats> {
  const tab = await session.tabId(page);
  let last: PageStats | null = null;
  await expect
    .poll(async () => {
      last = await session.send<PageStats>(tab, { type: 'get-stats' }).catch(() => null);
      return last !== null && until(last);
    })
    .toBe(true);
  return last as unknown as PageStats;
}

/** The open card's entity id, or null. */
export async function openCardEntity(page: Page | Frame): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('newslens-card');
    return host?.shadowRoot?.querySelector('.nl-card')?.getAttribute('data-entity') ?? null;
  });
}

/** A snapshot of the page as the page sees it: its markup and its text. */
export async function pageSnapshot(page: Page): Promise<{ html: string; text: string }> {
  return page.evaluate(() => ({ html: document.documentElement.outerHTML, text: document.body.textContent ?? '' }));
}
