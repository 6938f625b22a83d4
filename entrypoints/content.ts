// First: the clock that cold start is timed from.

import { defineContentScript } from 'wxt/utils/define-content-script';
import { SCRIPT_START } from '@/utils/content/clock';
// Second: the storage reads, sent before the other modules are evaluated.
import { firstReadsSent, takeFirstReads } from '@/utils/content/first-reads';
import '@/utils/content/highlights.css';
import { browser } from 'wxt/browser';
import { startController } from '@/utils/content/controller';
import { whenWorthReading } from '@/utils/content/frame-gate';
import { fullTables, pageTables, readFullIndex, readPageIndex, watchPageTables } from '@/utils/content/knowledge';
import { WorkTimer } from '@/utils/content/work-timer';
import { askBackground, serveInPage } from '@/utils/messaging';
import { settingsFrom } from '@/utils/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const timer = new WorkTimer();
    // A frame not worth reading (tiny, hidden, no text) does nothing else until it is; it still answers get-stats.
    // One whose first reads went out was found worth reading moments ago (first-reads.ts): not checked twice.
    if (!firstReadsSent()) {
      const waiting = serveInPage({ 'get-stats': () => ({ ...timer.stats, mentions: 0, painted: 0, idle: true, revealed: [] }) });
      browser.runtime.onMessage.addListener(waiting);
      await whenWorthReading(window, ctx.signal, (reason) => {
        timer.stats.skipped = reason;
      });
      browser.runtime.onMessage.removeListener(waiting);
      if (ctx.signal.aborted) return;
      timer.stats.skipped = null;
    }
    const first = takeFirstReads();
    await startController({
      window,
      signal: ctx.signal,
      firstSettings: first.settings.then(({ value, meta }) => settingsFrom(value, meta)),
      firstIndex: first.head,
      readIndex: readPageIndex,
      tables: pageTables,
      readFull: readFullIndex,
      fullTables,
      watchTables: watchPageTables,
      card: (request) => askBackground(request),
      onLocationChange: (callback) => ctx.addEventListener(window, 'wxt:locationchange', callback),
      timer,
      startedAt: SCRIPT_START,
    });
  },
});
