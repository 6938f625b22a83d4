/**
 * Tells the background what this frame shows (entity ids and counts), so the
 * popup can summarise the tab. Debounced: a busy page reports at most twice a second.
 */
import { browser } from 'wxt/browser';
import type { Mention } from '@/lib/detect/page-scanner';
import type { PageReport } from '@/lib/messages';

const DEBOUNCE_MS = 500;

/** Returns a function that schedules a report; `shown` gives the visible mentions, or null when Newslens is off for this site. */
export function reportPage(win: Window, signal: AbortSignal, shown: () => readonly Mention[] | null): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  const send = () => {
    if (signal.aborted) return;
    const mentions = shown();
    const counts = new Map<string, number>();
    for (const m of mentions ?? []) counts.set(m.entity.id, (counts.get(m.entity.id) ?? 0) + 1);
    const message: PageReport = {
      type: 'page-report',
      host: win.location.hostname,
      loadedAt: win.performance.timeOrigin,
      active: mentions !== null,
      counts: [...counts],
    };
    // The background may be restarting; the next change reports again.
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  // A report already due reads the state when it is sent, so later changes ride on it: a page that
  // never stops changing still reports twice a second (restarting the wait on each change would never report).
  return () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      send();
    }, DEBOUNCE_MS);
  };
}
