/**
 * Sending and serving the requests of lib/messages: the answer of every
 * request is checked against its schema before the caller sees it (null
 * when there is none, it does not fit, or the other side is gone), and a
 * server only ever sees requests that fit.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import {
  type AnswerOf,
  type AnyRequest,
  type Protocol,
  parseAnswer,
  parseRequest,
  type RequestOf,
  ToBackground,
  ToContent,
} from '@/lib/messages';

type Background = typeof ToBackground;
type Content = typeof ToContent;

/** content script or popup → background. */
export async function askBackground<K extends keyof Background & string>(
  message: RequestOf<Background, K> & { type: K },
): Promise<AnswerOf<Background, K> | null> {
  try {
    return parseAnswer(ToBackground, message.type, await browser.runtime.sendMessage(message));
  } catch {
    // The background is restarting or the extension was reloaded.
    return null;
  }
}

/** background or popup → the content script in one frame of a tab. */
export async function askTab<K extends keyof Content & string>(
  tabId: number,
  message: RequestOf<Content, K> & { type: K },
  frameId = 0,
): Promise<AnswerOf<Content, K> | null> {
  try {
    return parseAnswer(ToContent, message.type, await browser.tabs.sendMessage(tabId, message, { frameId }));
  } catch {
    // No content script there (a browser page, a frame Newslens skipped).
    return null;
  }
}

export type Handlers<P extends Protocol> = {
  [K in keyof P]?: (request: RequestOf<P, K>, sender: Runtime.MessageSender) => AnswerOf<P, K> | Promise<AnswerOf<P, K>>;
};

/**
 * A runtime.onMessage listener serving `handlers`: anything that is not a
 * request of `protocol`, or has no handler here, is left to other listeners.
 */
export function serve<P extends Protocol>(protocol: P, handlers: Handlers<P>) {
  return (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const request = parseRequest(protocol, raw) as (AnyRequest<P> & { type: keyof P }) | null;
    if (!request) return undefined;
    const handler = handlers[request.type] as ((r: unknown, s: Runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(request, sender));
  };
}

export const serveInBackground = (handlers: Handlers<Background>) => serve(ToBackground, handlers);
export const serveInPage = (handlers: Handlers<Content>) => serve(ToContent, handlers);
