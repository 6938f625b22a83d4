/**
 * Newslens on every saved page (tests/fixtures/pages, or NEWSLENS_CORPUS),
 * served on 127.0.0.1 with page scripts and every other host blocked (so each
 * page stays as saved). For each page: no error from the extension, the
 * page's DOM and text exactly as without Newslens, no request Newslens made,
 * its work done in slices, and the marks equal to what `npm run scan` finds
 * in the file. How long the work takes is `npm run bench`'s business.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageStats } from '../../lib/messages';
import { type LaunchedBrowser, launchBrowser } from '../../scripts/browser/launch';
import { type StaticServer, serveDirectory } from '../../scripts/lib/static-server';
import { CORPUS, corpusPages, normalized, scanFile } from './support/corpus';
import { pageStats } from './support/page';
import { patient, type Session, startSession } from './support/session';

const PAGES = corpusPages();
const STATIC = { 'content-security-policy': "script-src 'none'" };

let session: Session;
let plain: LaunchedBrowser;
let plainServer: StaticServer;
beforeAll(async () => {
  session = await startSession({ root: CORPUS, headers: () => STATIC });
  plain = await launchBrowser({ extension: false });
  patient(plain.context);
  plainServer = await serveDirectory(CORPUS, { headers: () => STATIC });
  await plain.context.route('**/*', (route) => (route.request().url().startsWith(plainServer.origin) ? route.continue() : route.abort()));
});
afterAll(async () => {
  await session?.stop();
  await plain?.close();
  await plainServer?.close();
});

/**
 * Loads a page and returns the requests made from script (all but 127.0.0.1
 * are aborted). Page scripts cannot run here, so any such request would be
 * Newslens's; the page's markup alone loads only documents, styles, images,
 * media and fonts.
 */
async function load(page: Page, url: string): Promise<string[]> {
  const scripted: string[] = [];
  page.on('request', (r) => {
    if (['fetch', 'xhr', 'websocket', 'eventsource', 'ping'].includes(r.resourceType())) scripted.push(`${r.resourceType()} ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return scripted;
}

/** "category:text" for every mark, in document order, read from the page's highlights. */
function marks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const all: Array<{ range: Range; category: string }> = [];
    for (const [name, h] of registry) {
      const m = /^newslens-(person|company|product|lab|media)-/.exec(name);
      if (m) for (const range of h) all.push({ range, category: m[1] as string });
    }
    all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return all.map((x) => `${x.category}:${x.range.toString()}`);
  });
}

describe.each(PAGES)('%s', (file) => {
  it('is read without errors, changes nothing, sends nothing, works in slices, and marks what scan finds', async () => {
    const extensionErrors: string[] = [];
    const page = await session.context.newPage();
    // Some saved pages refer to other extensions' files; only Newslens's own errors count.
    const ours = `chrome-extension://${session.extensionId}`;
    page.on('console', (msg) => {
      const where = msg.location().url ?? '';
      if (msg.type() === 'error' && (where.startsWith(ours) || /newslens/i.test(msg.text()))) extensionErrors.push(msg.text());
    });
    page.on('pageerror', (err) => {
      if (`${err.stack ?? ''}${err.message}`.includes(ours) || /newslens/i.test(err.message)) extensionErrors.push(err.message);
    });
    const withNewslens = await load(page, session.server.url(file));
    // Newslens says when it is done with the page: nothing queued, nothing running.
    const stats: PageStats = await pageStats(session, page, (s) => s.idle);

    const reference = await plain.context.newPage();
    await load(reference, plainServer.url(file));
    const [after, before] = await Promise.all([
      page.evaluate(() => document.documentElement.outerHTML),
      reference.evaluate(() => document.documentElement.outerHTML),
    ]);

    expect(extensionErrors).toEqual([]);
    expect(after).toBe(before);
    expect(withNewslens).toEqual([]);
    const shown = (await marks(page)).map((m) => normalized(m));
    expect(shown).toEqual(await scanFile(file));
    // Every piece of work ran as a slice of its own (matcher, scan start, scan slices, showing);
    // their length is measured by npm run bench, not here.
    expect(stats.slices).toBeGreaterThanOrEqual(4);
    expect(stats.mentions).toBe(shown.length);
    await Promise.all([page.close(), reference.close()]);
  });
});
