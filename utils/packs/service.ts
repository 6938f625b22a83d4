/**
 * The background's side of packs: subscribing, importing, update checks and
 * every change the options page asks for, one at a time. The network and
 * the clock are parameters (tests pass scripted ones). The only requests
 * made are to the URLs of packs the user subscribed to: no cookies, no
 * referrer, nothing about the pages they read.
 */
import { browser } from 'wxt/browser';
import {
  addPack,
  filePack,
  movePack,
  type PackData,
  removePack,
  replaceEntry,
  setAutoUpdate,
  setEnabled,
  urlPack,
} from '@/lib/packs/edits';
import type { PackAnswer, PackRequest, PackRequestType } from '@/lib/packs/messages';
import { parsePack } from '@/lib/packs/parse';
import { isCheckDue, UPDATE_ALARM } from '@/lib/packs/schedule';
import { sitePattern } from '@/lib/packs/site';
import { type PackEntry, type PackList, subscriptions, wantsUpdateChecks } from '@/lib/packs/store';
import { type CheckOutcome, checkSubscription, type Fetch } from '@/lib/packs/update';
import { packTargets } from './dataset';
import { changePacks, readPacks } from './storage';

export { UPDATE_ALARM };
/** The alarm wakes the background this often; each pack is checked only when a day has passed (lib/packs/schedule). */
export const ALARM_PERIOD_MINUTES = 6 * 60;

export interface PackDeps {
  fetch: Fetch;
  now: () => number;
  newId: () => string;
}

/** A server that stops answering fails the check instead of holding the queue of changes. */
const REQUEST_LIMIT_MS = 60_000;

export const browserDeps = (): PackDeps => ({
  // No cookies or referrer go with a pack request; the browser's HTTP cache is bypassed (validators are ours).
  fetch: (url, init) =>
    fetch(url, {
      ...init,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: init.signal ?? AbortSignal.timeout(REQUEST_LIMIT_MS),
    }),
  now: () => Date.now(),
  newId: () => `p${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`,
});

/** The alarm exists exactly when there is a subscription and checks are on. */
export async function syncAlarm(list: PackList): Promise<void> {
  const want = wantsUpdateChecks(list);
  const have = (await browser.alarms.get(UPDATE_ALARM)) !== undefined;
  if (want && !have)
    await browser.alarms.create(UPDATE_ALARM, { periodInMinutes: ALARM_PERIOD_MINUTES, delayInMinutes: ALARM_PERIOD_MINUTES });
  if (!want && have) await browser.alarms.clear(UPDATE_ALARM);
}

/** A finished check, applied to the pack as it is now (the user may have moved or switched it meanwhile). */
function applyOutcome(list: PackList, outcome: CheckOutcome): PackList {
  const current = list.packs.find((p) => p.id === outcome.entry.id);
  if (!current) return list;
  const { id: _id, source: _source, enabled: _enabled, ...fields } = outcome.entry;
  return replaceEntry(list, outcome.kind === 'updated' ? { ...current, ...fields } : { ...current, check: outcome.entry.check });
}

async function runChecks(entries: readonly PackEntry[], deps: PackDeps): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = [];
  // One at a time: the machine and the servers are not in a hurry.
  for (const entry of entries) {
    const outcome = await checkSubscription(entry, { fetch: deps.fetch, now: deps.now, targets: await packTargets(entry.id) });
    await changePacks((s) => {
      const data =
        outcome.kind === 'updated' && s.list.packs.some((p) => p.id === entry.id) ? new Map([[entry.id, outcome.data]]) : undefined;
      return { list: applyOutcome(s.list, outcome), data, result: undefined };
    });
    outcomes.push(outcome);
  }
  return outcomes;
}

/** What the alarm does: check the subscriptions a day has passed for, when checks are on. */
export async function runScheduledChecks(deps: PackDeps): Promise<number> {
  const { list } = await readPacks();
  const due = subscriptions(list).filter((p) => isCheckDue(p.check ?? {}, deps.now(), list.autoUpdate));
  return (await runChecks(due, deps)).length;
}

function validUrl(text: string): URL | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Drops the permission for a site no subscription uses any more: Newslens keeps only what it needs. */
async function releaseOrigin(url: string, list: PackList): Promise<void> {
  const site = sitePattern(url);
  if (subscriptions(list).some((p) => p.source.kind === 'url' && sitePattern(p.source.url) === site)) return;
  await browser.permissions.remove({ origins: [site] }).catch(() => false);
}

type Handler<K extends PackRequestType> = (request: PackRequest<K>, deps: PackDeps) => Promise<PackAnswer<K>>;
const ok = { ok: true } as const;

const handlers: { [K in PackRequestType]: Handler<K> } = {
  'packs-subscribe': async ({ url: text }, deps) => {
    const url = validUrl(text);
    if (!url) return { ok: false, errors: ['Enter a pack URL starting with http:// or https://.'] };
    const { list } = await readPacks();
    const existing = subscriptions(list).find((p) => p.source.kind === 'url' && p.source.url === url.href);
    if (existing) return { ok: false, errors: [`You already subscribe to this pack (“${existing.title}”).`] };
    const entry = urlPack(deps.newId(), url.href, new Date(deps.now()));
    const outcome = await checkSubscription(entry, { fetch: deps.fetch, now: deps.now, targets: await packTargets() });
    // Nothing is listed until a first revision passed every check.
    if (outcome.kind !== 'updated') {
      await releaseOrigin(url.href, list);
      return { ok: false, errors: outcome.entry.check?.reasons ?? ['The pack could not be read.'] };
    }
    await changePacks((s) => ({ list: addPack(s.list, outcome.entry), data: new Map([[entry.id, outcome.data]]), result: undefined }));
    return { ok: true, id: entry.id, count: outcome.entry.entityCount };
  },
  'packs-import': async ({ fileName, text }, deps) => {
    const parsed = await parsePack(text, { requireHeader: false, targets: await packTargets() });
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    return changePacks((s) => {
      // The same file again replaces the pack it made, where it stands in the order.
      const same = s.list.packs.find((p) => p.source.kind === 'file' && p.source.fileName === fileName);
      const entry = filePack(
        same?.id ?? deps.newId(),
        fileName,
        parsed.header,
        parsed.raw,
        parsed.file.entities.length,
        new Date(deps.now()),
      );
      const list = same ? replaceEntry(s.list, { ...entry, enabled: same.enabled }) : addPack(s.list, entry);
      return {
        list,
        data: new Map<string, PackData>([[entry.id, parsed.raw]]),
        result: { ok: true as const, id: entry.id, count: entry.entityCount },
      };
    });
  },
  'packs-check': async ({ id }, deps) => {
    const { list } = await readPacks();
    const outcomes = await runChecks(
      subscriptions(list).filter((p) => id === undefined || p.id === id),
      deps,
    );
    return { ok: true, checked: outcomes.length, failed: outcomes.filter((o) => o.kind === 'failed').length };
  },
  'packs-remove': async ({ id }) => {
    const removed = await changePacks((s) => ({ list: removePack(s.list, id), result: s.list.packs.find((p) => p.id === id) }));
    if (removed?.source.kind === 'url') await releaseOrigin(removed.source.url, (await readPacks()).list);
    return ok;
  },
  'packs-enable': async ({ id, on }) => changePacks((s) => ({ list: setEnabled(s.list, id, on), result: ok })),
  'packs-move': async ({ id, delta }) => changePacks((s) => ({ list: movePack(s.list, id, delta), result: ok })),
  'packs-auto-update': async ({ on }) => changePacks((s) => ({ list: setAutoUpdate(s.list, on), result: ok })),
};

/** Serves one (already validated) pack request. */
export function servePackRequest<K extends PackRequestType>(request: PackRequest<K>, deps: PackDeps): Promise<PackAnswer<K>> {
  return (handlers[request.type as K] as Handler<K>)(request, deps);
}
