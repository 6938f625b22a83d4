/** What both browsers' demos share: where the demo looks, run inside the page. */

/**
 * Scrolls the first "Zhou Jingren" of the article into view and returns the
 * middle of one of its letters: where the demo rests the pointer to open a
 * card. Runs in the page (sent as source): it may use only the DOM.
 */
export function zhouJingrenPoint(): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.querySelector('article') as Node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n.nodeValue ?? '').indexOf('Zhou Jingren');
    if (i < 0) continue;
    (n.parentElement as Element).scrollIntoView({ block: 'center' });
    const r = document.createRange();
    r.setStart(n, i + 2);
    r.setEnd(n, i + 3);
    const rect = r.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** True once Newslens has marked more than a few names. Runs in the page. */
export function pageIsMarked(): boolean {
  return [...(CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.values()].some((h) => h.size > 3);
}

/** True once the card says it is placed next to its name (data-state="open"). Runs in the page. */
export function cardIsShown(): boolean {
  return document.querySelector('newslens-card[data-state="open"]') !== null;
}

export interface DemoOptions {
  articleUrl: string;
  headless: boolean;
  shotDir: string;
  /** Paths of the screenshots written, in order. */
  written: string[];
}

export const INSTRUCTIONS = 'Rest the pointer on an underlined name to see its card; press Alt+Shift+N to step through names.';
