/**
 * What the background does, apart from the wiring in entrypoints/background:
 * record frame reports for the popup, and turn the keyboard command into a
 * message to the tab's top frame.
 */
import type { Runtime } from 'webextension-polyfill';
import { type NextMention, parseMessage } from '@/lib/messages';
import { recordFrame } from './tab-reports';

export const NEXT_MENTION_COMMAND = 'next-mention';

export type SendToTab = (tabId: number, message: NextMention, options: { frameId: number }) => Promise<unknown>;

export function onCommand(command: string, tab: { id?: number } | undefined, send: SendToTab): Promise<unknown> | undefined {
  if (command !== NEXT_MENTION_COMMAND || tab?.id === undefined) return undefined;
  // The tab may have no content script (a browser page): nothing to do then.
  return send(tab.id, { type: 'next-mention' }, { frameId: 0 }).catch(() => undefined);
}

export function onMessage(raw: unknown, sender: Runtime.MessageSender): Promise<void> | undefined {
  const message = parseMessage(raw);
  const tabId = sender.tab?.id;
  if (message?.type !== 'page-report' || tabId === undefined) return undefined;
  return recordFrame(tabId, sender.frameId ?? 0, message);
}
