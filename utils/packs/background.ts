/**
 * Wiring the packs into the background: pack requests from the options page
 * (and only from Newslens's own pages), the update alarm, and the migration
 * of an earlier version's import at start-up. With no subscription there is
 * no alarm and no request, ever.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { parsePackRequest } from '@/lib/packs/messages';
import { type PackDeps, runScheduledChecks, servePackRequest, syncAlarm, UPDATE_ALARM } from './service';
import { ensurePacksMigrated, readPacks, watchPacks } from './storage';

/** Sent by one of Newslens's pages (options), not by a content script on a web page. */
function fromOwnPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Starts the packs service; the returned function stops it (tests). */
export function startPacks(deps: PackDeps): () => void {
  const onMessage = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!fromOwnPage(sender)) return undefined;
    const request = parsePackRequest(raw);
    return request ? servePackRequest(request, deps) : undefined;
  };
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === UPDATE_ALARM) void runScheduledChecks(deps).catch(() => undefined);
  };
  const sync = () =>
    void readPacks()
      .then((s) => syncAlarm(s.list))
      .catch(() => undefined);
  const migrate = () => void ensurePacksMigrated().catch(() => false);

  browser.runtime.onMessage.addListener(onMessage);
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.runtime.onInstalled.addListener(migrate);
  browser.runtime.onStartup.addListener(migrate);
  const unwatch = watchPacks(sync);
  sync();
  return () => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.runtime.onInstalled.removeListener(migrate);
    browser.runtime.onStartup.removeListener(migrate);
    unwatch();
  };
}
