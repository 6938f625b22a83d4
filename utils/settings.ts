/**
 * The one settings store: overrides in storage.sync (they follow the user
 * across browsers), read through the pure rules in lib/settings. Corrupt or
 * unknown values fall back to defaults and are repaired in storage.
 */
import { storage } from 'wxt/utils/storage';
import { resolveSettings, type Settings, type SettingsOverrides, sanitizeOverrides, toOverrides } from '@/lib/settings/settings';
import { SETTINGS_KEY } from './storage-keys';

/** Bump with a migration when the stored shape changes; version 1 is the first shape. */
const SETTINGS_VERSION = 1;

let item: ReturnType<typeof defineSettingsItem> | null = null;

function defineSettingsItem() {
  return storage.defineItem<SettingsOverrides>(SETTINGS_KEY, {
    fallback: {},
    version: SETTINGS_VERSION,
    migrations: {},
  });
}

/** Defined on first use, never at import time: entrypoints import this module during the build. */
function settingsItem() {
  item ??= defineSettingsItem();
  return item;
}

export async function loadSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await settingsItem().getValue();
  } catch {
    raw = 'unreadable';
  }
  const { overrides, repaired } = sanitizeOverrides(raw);
  if (repaired)
    await settingsItem()
      .setValue(overrides)
      .catch(() => undefined);
  return resolveSettings(overrides);
}

/** Applies a change and stores only what differs from the defaults. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await settingsItem().setValue(toOverrides(next));
  return next;
}

/** Calls `onChange` with the new settings whenever they change, from any context. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem().watch((raw) => onChange(resolveSettings(sanitizeOverrides(raw).overrides)));
}
