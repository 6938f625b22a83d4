/**
 * The user's own dataset: imported from a JSON file, kept in storage.local,
 * merged with the bundled data. A stored dataset that no longer validates is
 * ignored (the bundled data still works) rather than trusted.
 */
import { storage } from 'wxt/utils/storage';
import { bundledDataset } from '@/lib/dataset/bundled';
import { createDataset, type Dataset } from '@/lib/dataset/dataset';
import { checkImport, type ImportResult, parseImport } from '@/lib/dataset/import';

export interface StoredUserDataset {
  fileName: string;
  importedAt: string;
  data: unknown;
}

let item: ReturnType<typeof defineItem> | null = null;
function defineItem() {
  return storage.defineItem<StoredUserDataset | null>('local:userDataset', { fallback: null });
}
function userItem() {
  item ??= defineItem();
  return item;
}

export async function readUserDataset(): Promise<StoredUserDataset | null> {
  try {
    const stored = await userItem().getValue();
    return stored && typeof stored === 'object' && 'data' in stored ? stored : null;
  } catch {
    return null;
  }
}

/** Bundled entities plus the user's, when they have a valid dataset stored. */
export async function currentDataset(): Promise<Dataset> {
  const bundled = bundledDataset();
  const stored = await readUserDataset();
  if (!stored) return bundled;
  const checked = checkImport(stored.data, bundled.entities);
  return checked.ok ? createDataset([...bundled.entities, ...checked.entities]) : bundled;
}

export function watchUserDataset(onChange: () => void): () => void {
  return userItem().watch(() => onChange());
}

/** Validates and stores an import; on any error nothing is stored and the errors say why. */
export async function importUserDataset(text: string, fileName: string): Promise<ImportResult> {
  const result = parseImport(text, bundledDataset().entities);
  if (!result.ok) return result;
  await userItem().setValue({ fileName, importedAt: new Date().toISOString(), data: result.raw });
  return result;
}

export async function removeUserDataset(): Promise<void> {
  await userItem().removeValue();
}
