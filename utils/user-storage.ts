/**
 * Where the user's dataset and its compiled index are stored (storage.local),
 * read and watched. No dataset code here: content scripts import this to
 * read the index, and must not bundle the data.
 */
import { storage } from 'wxt/utils/storage';
import { type ReadRecord, readRecord } from '@/lib/dataset/stored';
import { USER_DATASET_KEY, USER_DATASET_META_KEY, USER_INDEX_KEY } from './storage-keys';

export type { ReadRecord, StoredUserDataset } from '@/lib/dataset/stored';

/** The stored record as it is (every field, unread) and its meta: what a rewrite starts from. */
export async function readUserDatasetRaw(): Promise<{ value: unknown; meta: unknown } | null> {
  try {
    const [value, meta] = await storage.getItems([USER_DATASET_KEY, USER_DATASET_META_KEY]);
    return { value: value?.value ?? null, meta: meta?.value ?? null };
  } catch {
    return null;
  }
}

/** What is stored, as far as this version reads it; null when nothing is (or storage cannot be read now). */
export async function readUserDataset(): Promise<ReadRecord | null> {
  const raw = await readUserDatasetRaw();
  return raw ? readRecord(raw.value, raw.meta) : null;
}

/** The stored index, unchecked: whoever uses it loads it through loadIndex, which checks it. */
export async function readUserIndex(): Promise<unknown> {
  try {
    return (await storage.getItem<unknown>(USER_INDEX_KEY)) ?? null;
  } catch {
    return null;
  }
}

export function watchUserDataset(onChange: () => void): () => void {
  return storage.watch(USER_DATASET_KEY, () => onChange());
}

export function watchUserIndex(onChange: () => void): () => void {
  return storage.watch(USER_INDEX_KEY, () => onChange());
}
