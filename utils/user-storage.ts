/**
 * The compiled match index of the packs in use (storage.local), read and
 * watched. No dataset code here: content scripts import this to read the
 * index, and must not bundle the data. The packs themselves live in
 * utils/packs/storage.ts.
 */
import { storage } from 'wxt/utils/storage';
import { USER_INDEX_KEY } from './storage-keys';

/** The stored index, unchecked: whoever uses it loads it through loadIndex, which checks it. */
export async function readUserIndex(): Promise<unknown> {
  try {
    return (await storage.getItem<unknown>(USER_INDEX_KEY)) ?? null;
  } catch {
    return null;
  }
}

export function watchUserIndex(onChange: () => void): () => void {
  return storage.watch(USER_INDEX_KEY, () => onChange());
}
