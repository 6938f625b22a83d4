/** Pages of Newslens (options) → the background: pack requests, with their answers checked (null when there is none or it does not fit). */
import { browser } from 'wxt/browser';
import { type PackAnswer, type PackRequest, type PackRequestType, parsePackAnswer } from '@/lib/packs/messages';

export async function askPacks<K extends PackRequestType>(request: PackRequest<K> & { type: K }): Promise<PackAnswer<K> | null> {
  try {
    return parsePackAnswer(request.type, await browser.runtime.sendMessage(request));
  } catch {
    // The background is restarting or the extension was reloaded.
    return null;
  }
}
