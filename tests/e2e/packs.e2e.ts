/**
 * Knowledge packs as a user meets them, in each browser: a pack served on
 * 127.0.0.1 is subscribed from the options page; its entities are marked on a
 * page; "check now" picks up a new revision; so does the scheduled check once
 * a day has passed (the stored time of the last check is moved back a day,
 * and the update alarm is fired, rather than waited for); and every kind of
 * broken revision leaves the one in use and says why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledDataset } from '../../lib/dataset/bundled';
import { INLINE_LIMIT } from '../../lib/match/index-head';
import { buildPack } from '../../lib/packs/build';
import { entitiesHash } from '../../lib/packs/header';
import { MAX_PACK_BYTES } from '../../lib/packs/parse';
import { UPDATE_ALARM } from '../../lib/packs/schedule';
import type { DriverPage } from './drivers/driver';
import { ROOT } from './drivers/serve';
import { browsersUnderTest, useDriver } from './support/browsers';
import { markedTexts, pageStats, textOf, textsOf, waitForMarks, waitInPage } from './support/newslens';
import { type PackServer, servePack } from './support/pack-server';

const good = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/datasets/good.json'), 'utf8'));
const bundledIds = bundledDataset().entities.map((e) => e.id);

async function revision(n: number, entities: unknown[] = good.entities): Promise<string> {
  const built = await buildPack([{ asOf: good.asOf, entities }], { title: 'Acme pack', revision: n }, bundledIds);
  if (!built.ok) throw new Error(built.errors.join('\n'));
  return JSON.stringify(built.pack);
}

/** `count` made-up entities as a pack holds them: names no page here has. */
const madeUp = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    ...good.entities[1],
    id: `made-up-${i}`,
    name: `Zorvex${i.toString(36)} Robotics`,
    aliases: [`Zorvex${i.toString(36)} Robotics`, `Zorvex${i.toString(36)}`],
    relations: [],
  }));

/** The parts of the WebExtension API read here, from the options page (browser in Firefox, chrome in Chromium). */
interface PackApi {
  alarms: {
    getAll(): Promise<Array<{ name: string }>>;
    get(name: string): Promise<{ name: string } | undefined>;
    create(name: string, info: { when: number }): Promise<void>;
  };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
}

/** The names of the extension's alarms, read in `page` (an extension page). */
function alarmNames(page: DriverPage): Promise<string[]> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: PackApi; chrome: PackApi };
    return (await (g.browser ?? g.chrome).alarms.getAll()).map((a) => a.name);
  });
}

describe.each(browsersUnderTest())('%s', (name) => {
  let publisher: PackServer;
  // Started before the browser, so the driver knows its origin: requests to it are what this is about.
  beforeAll(async () => {
    publisher = await servePack();
  });
  afterAll(async () => {
    await publisher?.close();
  });
  const driver = useDriver(name, { reachable: () => (publisher ? [publisher.origin] : []), siteAccess: true });

  describe('knowledge packs', () => {
    let options: DriverPage;
    let page: DriverPage;
    beforeAll(async () => {
      await driver().grantSiteAccess();
      options = await driver().openExtensionPage('options.html');
    });
    afterAll(async () => {
      await page?.close();
      await options?.close();
    });

    /** The pack's row on the options page. */
    const ROW = '[data-testid="pack"][data-kind="url"]';
    const meta = () => textOf(options, `${ROW} [data-testid="pack-meta"]`);
    const outcome = () =>
      options.evaluate((sel) => document.querySelector(sel)?.getAttribute('data-outcome') ?? null, `${ROW} [data-testid="pack-check"]`);
    const reasons = () => textsOf(options, `${ROW} [data-testid="pack-check"][data-outcome="failed"] li`);

    it('makes no request and sets no alarm before anything is subscribed', async () => {
      await waitInPage(options, () => document.querySelector('[data-testid="subscribe"] input') !== null);
      expect(publisher.requests).toEqual([]);
      expect(await alarmNames(options)).toEqual([]);
    });

    it('subscribes by URL; the pack is listed and its entities are marked on a page', async () => {
      publisher.set({ status: 200, body: await revision(1), etag: '"r1"' });
      await options.type('[data-testid="subscribe"] input', publisher.url);
      await options.click('[data-testid="subscribe"] button[type="submit"]');
      await expect
        .poll(() => textOf(options, '[data-testid="subscribe"] [role="status"]'))
        .toBe(`Subscribed to ${publisher.url}: 2 entities.`);
      expect(await meta()).toMatch(/^Revision 1 · as of 2026-04-01 · 2 entities · stored /);
      expect(await alarmNames(options)).toEqual([UPDATE_ALARM]);

      page = await driver().open('tests/e2e/fixtures/custom-entity.html');
      await waitForMarks(page, 2);
      expect(await markedTexts(page)).toEqual(['Acme AI', 'AcmeBot']);
    });

    it('"check now" asks conditionally and picks up a new revision; open pages follow', async () => {
      await options.bringToFront();
      await options.click(`${ROW} .check-now`);
      await expect.poll(outcome).toBe('unchanged');
      expect(publisher.requests.at(-1)?.ifNoneMatch).toBe('"r1"');

      publisher.set({ status: 200, body: await revision(2, [good.entities[0]]), etag: '"r2"' });
      await options.click(`${ROW} .check-now`);
      await expect.poll(meta).toMatch(/^Revision 2 · as of 2026-04-01 · 1 entities/);
      await expect.poll(() => markedTexts(page)).toEqual(['Acme AI']);
    });

    it('the scheduled check takes a new revision once a day has passed', async () => {
      publisher.set({ status: 200, body: await revision(3), etag: '"r3"' });
      const before = publisher.requests.length;
      // A day later, as far as Newslens can tell: its last check was stored 25 hours ago. Then the alarm fires.
      await options.evaluate(async (alarm) => {
        const g = globalThis as unknown as { browser?: PackApi; chrome: PackApi };
        const api = g.browser ?? g.chrome;
        const { packs } = (await api.storage.local.get('packs')) as { packs: { packs: Array<{ check?: { checkedAt: number } }> } };
        for (const p of packs.packs) if (p.check) p.check.checkedAt = Date.now() - 25 * 60 * 60 * 1000;
        await api.storage.local.set({ packs });
        await api.alarms.create(alarm, { when: Date.now() });
      }, UPDATE_ALARM);
      await expect.poll(meta).toMatch(/^Revision 3 · as of 2026-04-01 · 2 entities/);
      expect(publisher.requests.length).toBe(before + 1);
      await expect.poll(() => markedTexts(page)).toEqual(['Acme AI', 'AcmeBot']);
    });

    it('keeps revision 3 and says exactly why, whatever is wrong with the next one', async () => {
      const r4 = await revision(4);
      const invalid = [{ ...good.entities[0], facts: [{ text: 'x', source: { title: 't', url: 'ftp://example.com' } }] }, good.entities[1]];
      const cases: Array<[string, string, number, RegExp]> = [
        ['bad hash', r4.replace('Acme AI is a test company.', 'Acme AI is a changed company.'), 200, /do not match its sha256/],
        [
          'invalid entry',
          JSON.stringify({
            pack: { title: 'Acme pack', revision: 4, sha256: await entitiesHash(invalid) },
            asOf: good.asOf,
            entities: invalid,
          }),
          200,
          /^entity "acme-ai", field facts\[0\]\.source\.url: /,
        ],
        ['truncated body', r4.slice(0, Math.floor(r4.length / 2)), 200, /^The pack is not valid JSON \(cut short/],
        // Sent without a length (chunked): the limit stops the download while it is read.
        ['over the size limit', r4 + ' '.repeat(MAX_PACK_BYTES), 200, /^The pack is over 2048 KB; packs up to 2048 KB are accepted\.$/],
        ['server error', 'oops', 500, /^The server answered 500 Internal Server Error\.$/],
      ];
      await options.bringToFront();
      for (const [what, body, status, reason] of cases) {
        publisher.set({ status, body, etag: `"${what}"` });
        await options.click(`${ROW} .check-now`);
        await expect.poll(reasons, { message: what }).toEqual([expect.stringMatching(reason)]);
        expect(await meta(), what).toMatch(/^Revision 3 · /);
      }
      expect(await markedTexts(page)).toEqual(['Acme AI', 'AcmeBot']);
      // The last good revision's validator is still the one sent: a broken revision is never "not modified".
      expect(publisher.requests.at(-1)?.ifNoneMatch).toBe('"r3"');
    });

    it('a large revision stays in storage until a page names one of its entities: pages read its anchors first', async () => {
      publisher.set({ status: 200, body: await revision(5, [...good.entities, ...madeUp(800)]), etag: '"r5"' });
      await options.bringToFront();
      await options.click(`${ROW} .check-now`);
      await expect.poll(meta).toMatch(/^Revision 5 · as of 2026-04-01 · 802 entities/);
      // The background rebuilds the index after it stores the revision: its head is written last.
      const readHead = () =>
        options.evaluate(async () => {
          const g = globalThis as unknown as { browser?: PackApi; chrome: PackApi };
          const local = (g.browser ?? g.chrome).storage.local;
          const { userIndexHead } = await local.get('userIndexHead');
          const { userIndex } = await local.get('userIndex');
          const index = userIndex as { tables: string; entityText: string; patternText: string; checksum: string; entities: number };
          const h = userIndexHead as { inline: unknown; anchors: unknown; index: string; entities: number };
          return {
            entities: h.entities,
            inlined: h.inline !== null,
            anchors: h.anchors !== null,
            of: h.index === index.checksum,
            size: index.tables.length + index.entityText.length + index.patternText.length,
          };
        });
      await expect.poll(readHead).toMatchObject({ entities: 802, inlined: false, anchors: true, of: true });
      const head = await readHead();
      expect(head.size).toBeGreaterThan(INLINE_LIMIT);

      // A page naming two of its entities reads the whole index, and marks them.
      await page.close();
      page = await driver().open('tests/e2e/fixtures/custom-entity.html');
      await waitForMarks(page, 2);
      expect(await markedTexts(page)).toEqual(['Acme AI', 'AcmeBot']);
      expect((await pageStats(driver(), page, (s) => s.idle)).fullIndexMs).not.toBeNull();
      // A page naming none of them never reads it: its own names are marked from the bundled data.
      const other = await driver().open('demo/article.html');
      await waitForMarks(other, 1);
      const stats = await pageStats(driver(), other, (s) => s.idle && s.mentions > 0);
      expect(stats.fullIndexMs).toBeNull();
      await other.close();
    });

    it('removing the subscription takes its marks away and stops the update checks', async () => {
      await options.click(`${ROW} .remove`);
      await expect.poll(() => markedTexts(page)).toEqual([]);
      await expect.poll(() => alarmNames(options)).toEqual([]);
      expect(driver().outside()).toEqual([]);
    });
  });
});
