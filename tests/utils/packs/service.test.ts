/**
 * The background's pack service over the fake browser, with a scripted
 * server and clock: subscribing, "check now", the scheduled check, the
 * alarm's life, and the promise that with no subscription Newslens makes no
 * request and sets no alarm.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entitiesHash } from '@/lib/packs/header';
import type { FetchAnswer } from '@/lib/packs/update';
import { startPacks } from '@/utils/packs/background';
import { currentDataset, readPacksView } from '@/utils/packs/dataset';
import { type PackDeps, runScheduledChecks, servePackRequest, syncAlarm, UPDATE_ALARM } from '@/utils/packs/service';
import { readPacks } from '@/utils/packs/storage';
import { good } from '../../fixtures/packs/legacy';

const URL_ = 'http://127.0.0.1:8123/pack.json';
const DAY = 24 * 60 * 60 * 1000;

async function packText(revision: number, summary = 'Acme AI is a test company.'): Promise<string> {
  const entities = [{ ...good.entities[0], summary }, good.entities[1]];
  return JSON.stringify({ pack: { title: 'Acme pack', revision, sha256: await entitiesHash(entities) }, asOf: good.asOf, entities });
}

const answer = (status: number, body: string, headers: Record<string, string> = {}): FetchAnswer => ({
  status,
  statusText: '',
  ok: status >= 200 && status < 300,
  headers: { get: (n) => headers[n.toLowerCase()] ?? null },
  body: null,
  text: async () => body,
});

/** Deps with a clock the test moves and a server the test scripts. */
function harness() {
  let clock = Date.parse('2026-12-02T06:00:00Z');
  const served: Array<() => Promise<FetchAnswer>> = [];
  const fetch = vi.fn(async (url: string, _init: { headers: Record<string, string> }) => {
    const next = served.shift();
    if (!next) throw new Error(`unexpected request to ${url}`);
    return next();
  });
  let n = 0;
  const deps: PackDeps = { fetch, now: () => clock, newId: () => `p${++n}` };
  return {
    deps,
    fetch,
    serve: (make: () => Promise<FetchAnswer> | FetchAnswer) => served.push(async () => make()),
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

const summaryOf = async (id: string) => (await currentDataset()).byId.get(id)?.summary;
const subscribe = (deps: PackDeps) => servePackRequest({ type: 'packs-subscribe', url: URL_ }, deps);

describe('pack service', () => {
  it('subscribes: the pack is listed first and its entities are in use', async () => {
    const h = harness();
    h.serve(async () => answer(200, await packText(1), { etag: '"1"' }));
    expect(await subscribe(h.deps)).toEqual({ ok: true, id: 'p1', count: 2 });
    const { list } = await readPacks();
    expect(list.packs.map((p) => [p.id, p.title, p.revision])).toEqual([
      ['p1', 'Acme pack', 1],
      ['bundled', 'Newslens', null],
    ]);
    expect(await summaryOf('acme-ai')).toBe('Acme AI is a test company.');
  });

  it('lists nothing, and gives the permission back, when the first download fails', async () => {
    const h = harness();
    const remove = vi.fn(async () => true);
    fakeBrowser.permissions.remove = remove as never;
    h.serve(() => answer(404, 'no'));
    expect(await subscribe(h.deps)).toEqual({ ok: false, errors: ['The server answered 404.'] });
    expect(remove).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('"check now" takes a new revision, and keeps it when the next one is broken, saying why', async () => {
    const h = harness();
    h.serve(async () => answer(200, await packText(1)));
    await subscribe(h.deps);
    h.serve(async () => answer(200, await packText(2, 'Revision two.')));
    expect(await servePackRequest({ type: 'packs-check' }, h.deps)).toEqual({ ok: true, checked: 1, failed: 0 });
    expect(await summaryOf('acme-ai')).toBe('Revision two.');

    h.serve(async () => answer(200, (await packText(3, 'Revision three.')).replace('Revision three.', 'Tampered.')));
    expect(await servePackRequest({ type: 'packs-check', id: 'p1' }, h.deps)).toEqual({ ok: true, checked: 1, failed: 1 });
    expect(await summaryOf('acme-ai')).toBe('Revision two.');
    const view = await readPacksView();
    expect(view.snapshot.list.packs[0]).toMatchObject({ revision: 2, check: { outcome: 'failed' } });
    expect(view.snapshot.list.packs[0]?.check?.reasons?.[0]).toMatch(/do not match its sha256/);
  });

  it('checks on schedule only once a day has passed, and not at all when checks are off', async () => {
    const h = harness();
    h.serve(async () => answer(200, await packText(1), { etag: '"1"' }));
    await subscribe(h.deps);
    h.advance(DAY / 2);
    expect(await runScheduledChecks(h.deps)).toBe(0);
    h.advance(DAY / 2);
    h.serve(() => answer(304, ''));
    expect(await runScheduledChecks(h.deps)).toBe(1);
    expect(h.fetch.mock.calls.at(-1)?.[1]).toEqual({ headers: { 'If-None-Match': '"1"' } });
    expect((await readPacks()).list.packs[0]?.check).toMatchObject({ outcome: 'unchanged', checkedAt: h.deps.now() });

    await servePackRequest({ type: 'packs-auto-update', on: false }, h.deps);
    h.advance(3 * DAY);
    expect(await runScheduledChecks(h.deps)).toBe(0);
    expect(h.fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps the alarm exactly while there is a subscription and checks are on', async () => {
    const h = harness();
    const alarms = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name);
    await syncAlarm((await readPacks()).list);
    expect(await alarms()).toEqual([]);
    h.serve(async () => answer(200, await packText(1)));
    await subscribe(h.deps);
    await syncAlarm((await readPacks()).list);
    expect(await alarms()).toEqual([UPDATE_ALARM]);
    await servePackRequest({ type: 'packs-auto-update', on: false }, h.deps);
    await syncAlarm((await readPacks()).list);
    expect(await alarms()).toEqual([]);
    await servePackRequest({ type: 'packs-auto-update', on: true }, h.deps);
    await syncAlarm((await readPacks()).list);
    fakeBrowser.permissions.remove = (async () => true) as never;
    await servePackRequest({ type: 'packs-remove', id: 'p1' }, h.deps);
    await syncAlarm((await readPacks()).list);
    expect(await alarms()).toEqual([]);
  });

  it('with no subscription, makes no request and sets no alarm, whatever happens', async () => {
    const h = harness();
    const global = vi.spyOn(globalThis, 'fetch');
    const stop = startPacks(h.deps);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.runtime.onStartup.trigger();
    // A file pack is no subscription.
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    const reply = () => undefined;
    await fakeBrowser.runtime.onMessage.trigger({ type: 'packs-import', fileName: 'mine.json', text: JSON.stringify(good) }, page, reply);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'packs-check' }, page, reply);
    await fakeBrowser.alarms.onAlarm.trigger({ name: UPDATE_ALARM, scheduledTime: 0, persistAcrossSessions: false });
    await vi.waitFor(async () => expect((await readPacks()).list.packs).toHaveLength(2));
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(h.fetch).not.toHaveBeenCalled();
    expect(global).not.toHaveBeenCalled();
    stop();
  });

  it('serves pack requests only to Newslens’s own pages, never to a content script', async () => {
    const h = harness();
    const stop = startPacks(h.deps);
    const results = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'packs-subscribe', url: URL_ },
      { id: fakeBrowser.runtime.id, url: 'https://news.example/story', tab: { id: 3 } as never },
      () => undefined,
    );
    expect(results).toEqual([undefined]);
    expect(h.fetch).not.toHaveBeenCalled();
    stop();
  });
});
