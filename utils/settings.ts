/**
 * The one settings store: the stored settings object in storage.sync (it
 * follows the user across browsers), its version in WXT's meta key beside it,
 * read and changed through the pure rules in lib/settings. Reading never
 * writes; a change writes only when a setting changes, and keeps every key
 * this version does not know, so an older and a newer Newslens can share one
 * sync account without losing each other's settings.
 */
import { storage } from 'wxt/utils/storage';
import { migrateSettings, SETTINGS_VERSION } from '@/lib/settings/migrations';
import type { Settings } from '@/lib/settings/settings';
import { applyChange, asStored, readSettings, type StoredSettings } from '@/lib/settings/stored';
import { versionOf } from '@/lib/versioned';
import { SETTINGS_META_KEY as META_KEY, SETTINGS_KEY } from './storage-keys';

export { SETTINGS_KEY };

interface Snapshot {
  /** The stored object in the current shape (or as stored, when a newer version wrote it). */
  stored: StoredSettings;
  /** The version to write back with it: never lower than what is stored. */
  version: number;
  meta: Record<string, unknown>;
}

/** What `raw` (the stored object) and `rawMeta` (its meta) hold, migrated in memory. */
function fromStorage(raw: unknown, rawMeta: unknown): Snapshot {
  const meta = rawMeta !== null && typeof rawMeta === 'object' && !Array.isArray(rawMeta) ? (rawMeta as Record<string, unknown>) : {};
  const migrated = migrateSettings(asStored(raw), versionOf(meta));
  return { stored: migrated.value, version: migrated.version, meta };
}

/** Reads the stored object and its version in one storage call. */
async function snapshot(): Promise<Snapshot> {
  try {
    const [value, meta] = await storage.getItems([SETTINGS_KEY, META_KEY]);
    return fromStorage(value?.value, meta?.value);
  } catch {
    // Storage unreadable for now: defaults, and nothing written.
    return fromStorage(undefined, undefined);
  }
}

/** The settings a stored object and its meta hold (read elsewhere: a frame's first read, first-reads.ts). */
export function settingsFrom(value: unknown, meta: unknown): Settings {
  return readSettings(fromStorage(value, meta).stored);
}

export async function loadSettings(): Promise<Settings> {
  return readSettings((await snapshot()).stored);
}

/**
 * Applies a change. Writes (the object and its version in one call) only when
 * a setting changed, and then only that setting's key.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const { stored, version, meta } = await snapshot();
  const before = readSettings(stored);
  const after = change(before);
  const next = applyChange(stored, before, after);
  if (next !== null) {
    await storage.setItems([
      { key: SETTINGS_KEY, value: next },
      { key: META_KEY, value: { ...meta, v: Math.max(version, SETTINGS_VERSION) } },
    ]);
  }
  return readSettings(next ?? stored);
}

/** Calls `onChange` with the new settings whenever they change, from any context, in the order of the changes. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  let queue = Promise.resolve();
  let stopped = false;
  const unwatch = storage.watch<unknown>(SETTINGS_KEY, (raw) => {
    queue = queue.then(async () => {
      const meta = await storage.getItem(META_KEY).catch(() => null);
      if (!stopped) onChange(readSettings(fromStorage(raw, meta).stored));
    });
  });
  return () => {
    stopped = true;
    unwatch();
  };
}
