/**
 * What the background does, apart from the wiring in entrypoints/background:
 * record frame reports for the popup, answer card requests from pages (the
 * only place a page's card content comes from), keep the user's index
 * current, and turn the keyboard command into a message to the tab's top frame.
 */
import { cardAnswer } from '@/lib/card';
import type { Dataset } from '@/lib/dataset/dataset';
import type { NextMention } from '@/lib/messages';
import { serveInBackground } from './messaging';
import { recordFrame } from './tab-reports';
import { currentDataset, ensureUserIndex } from './user-dataset';

export const NEXT_MENTION_COMMAND = 'next-mention';

export type SendToTab = (tabId: number, message: NextMention, options: { frameId: number }) => Promise<unknown>;

export function onCommand(command: string, tab: { id?: number } | undefined, send: SendToTab): Promise<unknown> | undefined {
  if (command !== NEXT_MENTION_COMMAND || tab?.id === undefined) return undefined;
  // The tab may have no content script (a browser page): nothing to do then.
  return send(tab.id, { type: 'next-mention' }, { frameId: 0 }).catch(() => undefined);
}

// The merged dataset, read once per background lifetime and again after an import.
let dataset: Promise<Dataset> | null = null;
export function forgetDataset(): void {
  dataset = null;
}
function knowledge(): Promise<Dataset> {
  dataset ??= currentDataset();
  return dataset;
}

// Rebuilds are serialised: frames report a stale index all at once.
let rebuilding: Promise<boolean> | null = null;
export function refreshUserIndex(): Promise<boolean> {
  rebuilding ??= ensureUserIndex()
    .catch(() => false)
    .finally(() => {
      rebuilding = null;
    });
  return rebuilding;
}

export const onMessage = serveInBackground({
  'page-report': async (report, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await recordFrame(tabId, sender.frameId ?? 0, report);
    return undefined;
  },
  card: async (request) => cardAnswer(await knowledge(), request),
  'refresh-index': async () => ({ rebuilt: await refreshUserIndex() }),
});
