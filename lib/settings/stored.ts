/**
 * The stored settings object and the two things done with it: reading it
 * into Settings, and applying a change to it. Reading never changes it.
 * A change rewrites only the settings that changed and keeps every other key
 * as it was, including keys this version does not know (written by a newer
 * version, perhaps on another computer through storage.sync) and values it
 * cannot read.
 */
import { DEFAULT_SETTINGS, fieldOf, SETTING_NAMES, type SettingName, type Settings } from './settings';

/** What storage holds: an object with a key per changed setting (and whatever other versions put there). */
export type StoredSettings = Readonly<Record<string, unknown>>;

/** The stored object, or an empty one when storage holds nothing usable. */
export function asStored(raw: unknown): StoredSettings {
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as StoredSettings) : {};
}

export function readSettings(stored: StoredSettings): Settings {
  const out: Record<string, unknown> = {};
  for (const name of SETTING_NAMES) out[name] = fieldOf(name).read(stored[name]);
  return out as Settings;
}

/** The settings that differ between `a` and `b`. */
export function changedSettings(a: Settings, b: Settings): SettingName[] {
  return SETTING_NAMES.filter((name) => !fieldOf(name).same(a[name], b[name]));
}

/**
 * The stored object after changing the settings from `before` (what `stored`
 * reads as) to `after`; null when no setting changed, so nothing is written.
 */
export function applyChange(stored: StoredSettings, before: Settings, after: Settings): StoredSettings | null {
  const changed = changedSettings(before, after);
  if (changed.length === 0) return null;
  const out: Record<string, unknown> = { ...stored };
  for (const name of changed) {
    const next = fieldOf(name).store(after[name], stored[name]);
    if (next === undefined) delete out[name];
    else out[name] = next;
  }
  return out;
}

/** The stored object that describes `settings` from scratch: only what differs from the defaults. */
export function storedFor(settings: Settings): StoredSettings {
  return applyChange({}, DEFAULT_SETTINGS, settings) ?? {};
}
