/**
 * The user's own dataset: imported from a JSON file, kept in storage.local
 * as a versioned record (lib/dataset/stored.ts), merged with the bundled
 * data. Reading never writes. A stored dataset this version cannot use (it
 * no longer validates, or a newer version saved it) is not used but kept,
 * and the options page says so; only the user replaces or removes it.
 */
import { storage } from 'wxt/utils/storage';
import { bundledDataset } from '@/lib/dataset/bundled';
import { createDataset, type Dataset } from '@/lib/dataset/dataset';
import { checkImport, type ImportResult, parseImport } from '@/lib/dataset/import';
import { newRecord, type ReadRecord, readRecord, USER_DATASET_VERSION } from '@/lib/dataset/stored';

export const USER_DATASET_KEY = 'local:userDataset';
const META_KEY = `${USER_DATASET_KEY}$` as const;

/** What is stored, as far as this version reads it; null when nothing is (or storage cannot be read now). */
export async function readUserDataset(): Promise<ReadRecord | null> {
  try {
    const [value, meta] = await storage.getItems([USER_DATASET_KEY, META_KEY]);
    return readRecord(value?.value, meta?.value);
  } catch {
    return null;
  }
}

/** The stored dataset checked against the bundled one: its entities, or why it cannot be used. */
export function checkStored(stored: ReadRecord): ImportResult {
  return checkImport(stored.record.data, bundledDataset().entities);
}

/** Bundled entities plus the user's, when they have a dataset stored that this version can use. */
export async function currentDataset(): Promise<Dataset> {
  const bundled = bundledDataset();
  const stored = await readUserDataset();
  if (!stored) return bundled;
  const checked = checkStored(stored);
  return checked.ok ? createDataset([...bundled.entities, ...checked.entities]) : bundled;
}

export function watchUserDataset(onChange: () => void): () => void {
  return storage.watch(USER_DATASET_KEY, () => onChange());
}

/** Validates and stores an import (with its version, in one write); on any error nothing is stored and the errors say why. */
export async function importUserDataset(text: string, fileName: string, now = new Date()): Promise<ImportResult> {
  const result = parseImport(text, bundledDataset().entities);
  if (!result.ok) return result;
  await storage.setItems([
    { key: USER_DATASET_KEY, value: newRecord(fileName, result.raw, now) },
    { key: META_KEY, value: { v: USER_DATASET_VERSION } },
  ]);
  return result;
}

/** Removes the stored dataset and its version: only ever at the user's request. */
export async function removeUserDataset(): Promise<void> {
  await storage.removeItems([USER_DATASET_KEY, META_KEY]);
}
