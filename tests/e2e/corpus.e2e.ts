/**
 * Newslens on every saved page (tests/fixtures/pages, or NEWSLENS_CORPUS) in
 * Chromium, and on a fixed sample of them in Firefox (FIREFOX_SAMPLE; every
 * page with NEWSLENS_FIREFOX_CORPUS=all), served on 127.0.0.1 with page scripts and every other host
 * blocked (so each page stays as saved). For each page: no error from the
 * extension, the page's DOM exactly as in the same browser without Newslens,
 * no request of its own, its work done in slices, and the marks equal to
 * what `npm run scan` finds in the file. How long the work takes is
 * `npm run bench`'s business.
 */
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, useDriver } from './support/browsers';
import { CORPUS, corpusPages, normalized, pagesFor, scanFile } from './support/corpus';
import { marks, pageStats } from './support/newslens';

const STATIC = { 'content-security-policy': "script-src 'none'" };

describe.each(browsersUnderTest())('%s', (name) => {
  const newslens = useDriver(name, { root: CORPUS, headers: () => STATIC });
  const plain = useDriver(name, { root: CORPUS, headers: () => STATIC, extension: false });
  describe.each(pagesFor(name, corpusPages()))('%s', (file) => {
    it('is read without errors, changes nothing, sends nothing, works in slices, and marks what scan finds', async () => {
      const page = await newslens().open(file);
      // Newslens says when it is done with the page: nothing queued, nothing running.
      const stats = await pageStats(newslens(), page, (s) => s.idle);
      const reference = await plain().open(file);
      const [after, before] = await Promise.all([
        page.evaluate(() => document.documentElement.outerHTML),
        reference.evaluate(() => document.documentElement.outerHTML),
      ]);

      expect(newslens().extensionErrors(page)).toEqual([]);
      expect(after).toBe(before);
      // Page scripts cannot run, so any request made from script would be Newslens's. (The page's
      // markup may still ask for other hosts: images, styles, fonts, frames; all refused.)
      expect(newslens().scriptedRequests(page)).toEqual([]);
      const shown = (await marks(page)).map((m) => normalized(m));
      expect(shown).toEqual(await scanFile(file));
      // Every piece of work ran as a slice of its own (matcher, scan start, scan slices, showing);
      // their length is measured by npm run bench, not here.
      expect(stats.slices).toBeGreaterThanOrEqual(4);
      expect(stats.mentions).toBe(shown.length);
      await Promise.all([page.close(), reference.close()]);
    });
  });
});
