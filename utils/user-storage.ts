/**
 * The compiled match index of the packs in use (storage.local), and its head,
 * read and watched. No dataset code here: content scripts import this to read
 * the index, and must not bundle the data. The packs themselves live in
 * utils/packs/storage.ts.
 */
import { storage } from 'wxt/utils/storage';
import { USER_INDEX_HEAD_KEY, USER_INDEX_KEY } from './storage-keys';

const read = async (key: typeof USER_INDEX_KEY | typeof USER_INDEX_HEAD_KEY): Promise<unknown> => {
  try {
    return (await storage.getItem<unknown>(key)) ?? null;
  } catch {
    return null;
  }
};

/** The stored index, unchecked: whoever uses it loads it through loadIndex, which checks it. */
export const readUserIndex = () => read(USER_INDEX_KEY);

/** The stored index's head, unchecked (lib/match/index-head.ts planHead reads it). */
export const readUserIndexHead = () => read(USER_INDEX_HEAD_KEY);

/** Hears of a new index through its head, which the background writes after the index. */
export function watchUserIndex(onChange: () => void): () => void {
  return storage.watch(USER_INDEX_HEAD_KEY, () => onChange());
}
