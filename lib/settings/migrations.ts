/**
 * Versions of the stored settings object. The version is kept beside it (in
 * WXT's meta key, `settings$` = { v }); an object without one is version 1.
 *
 * Version 1: an object with a key per changed setting, each holding what
 * SETTINGS declares (categories: { [category]: boolean } with only the
 * switches turned off; disabledSites: string[]; hoverDelayMs: number;
 * markStyle: 'underline' | 'tint').
 *
 * When the shape must change (a key renamed or restructured; a new key alone
 * needs no version): bump SETTINGS_VERSION, add MIGRATIONS[new version] (a
 * pure function from the previous shape that keeps every key it does not
 * handle, and prefers adding the new key to deleting the old one, which older
 * versions still read), and add a fixture of the previous shape to
 * tests/fixtures/settings/.
 */
import { type Migrated, type Migrations, migrate } from '../versioned';
import type { StoredSettings } from './stored';

export const SETTINGS_VERSION = 1;

export const MIGRATIONS: Migrations<StoredSettings> = {};

/** The stored object in the current shape (unchanged when it is current, or from a newer version). */
export function migrateSettings(stored: StoredSettings, storedVersion: number): Migrated<StoredSettings> {
  return migrate(stored, storedVersion, SETTINGS_VERSION, MIGRATIONS);
}
