/**
 * What the background does, apart from the wiring in entrypoints/background:
 * record frame reports for the popup, answer card requests from pages (the
 * only place a page's card content comes from), keep the packs' index
 * current, and turn the keyboard command into a message to the tab's top frame.
 */
import { cardAnswer } from '@/lib/card';
import type { Dataset } from '@/lib/dataset/dataset';
import type { NextMention } from '@/lib/messages';
import { serveInBackground } from './messaging';
import { currentDataset } from './packs/dataset';
import { refreshPacksIndex } from './packs/match-index';
import { recordFrame } from './tab-reports';

export const NEXT_MENTION_COMMAND = 'next-mention';

export type SendToTab = (tabId: number, message: NextMention, options: { frameId: number }) => Promise<unknown>;

export function onCommand(command: string, tab: { id?: number } | undefined, send: SendToTab): Promise<unknown> | undefined {
  if (command !== NEXT_MENTION_COMMAND || tab?.id === undefined) return undefined;
  // The tab may have no content script (a browser page): nothing to do then.
  return send(tab.id, { type: 'next-mention' }, { frameId: 0 }).catch(() => undefined);
}

// The entities in use, read once per background lifetime and again after the packs change.
let dataset: Promise<Dataset> | null = null;
export function forgetDataset(): void {
  dataset = null;
}
function knowledge(): Promise<Dataset> {
  dataset ??= currentDataset();
  return dataset;
}

/** Rebuilds the stored index of the packs in use when it is stale (serialised: frames report a stale index all at once). */
export const refreshUserIndex = refreshPacksIndex;

export const onMessage = serveInBackground({
  'page-report': async (report, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await recordFrame(tabId, sender.frameId ?? 0, report);
    return undefined;
  },
  card: async (request) => cardAnswer(await knowledge(), request),
  'refresh-index': async () => ({ rebuilt: await refreshUserIndex() }),
});
