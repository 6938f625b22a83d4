/**
 * Where the user's dataset and its compiled index are stored (storage.local),
 * read and watched. No dataset code here: content scripts import this to
 * read the index, and must not bundle the data.
 */
import { storage } from 'wxt/utils/storage';
import { USER_DATASET_KEY, USER_INDEX_KEY } from './storage-keys';

export interface StoredUserDataset {
  fileName: string;
  importedAt: string;
  /** The file as imported (what export gives back). */
  data: unknown;
  /** datasetChecksum of `data`, computed when it was validated (absent in datasets stored by older versions). */
  checksum?: string;
  entityCount?: number;
}

let items: { dataset: ReturnType<typeof defineDataset>; index: ReturnType<typeof defineIndex> } | null = null;
function defineDataset() {
  return storage.defineItem<StoredUserDataset | null>(USER_DATASET_KEY, { fallback: null });
}
function defineIndex() {
  return storage.defineItem<unknown>(USER_INDEX_KEY, { fallback: null });
}
/** Defined on first use, never at import time: entrypoints import this module during the build. */
export function userItems() {
  items ??= { dataset: defineDataset(), index: defineIndex() };
  return items;
}

export async function readUserDataset(): Promise<StoredUserDataset | null> {
  try {
    const stored = await userItems().dataset.getValue();
    return stored && typeof stored === 'object' && 'data' in stored ? stored : null;
  } catch {
    return null;
  }
}

/** The stored index, unchecked: whoever uses it loads it through loadIndex, which checks it. */
export async function readUserIndex(): Promise<unknown> {
  try {
    return await userItems().index.getValue();
  } catch {
    return null;
  }
}

export function watchUserDataset(onChange: () => void): () => void {
  return userItems().dataset.watch(() => onChange());
}

export function watchUserIndex(onChange: () => void): () => void {
  return userItems().index.watch(() => onChange());
}
