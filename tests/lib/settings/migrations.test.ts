/**
 * Every stored shape settings have had, read by this version: the fixtures
 * in tests/fixtures/settings, one or more per version, plus made-up ones from
 * a newer version, which are kept as they are.
 */
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateSettings, SETTINGS_VERSION } from '@/lib/settings/migrations';
import { applyChange, asStored, readSettings } from '@/lib/settings/stored';
import { checkMigrations, versionOf } from '@/lib/versioned';
import { settingsFixtures } from '../../support/settings-fixtures';

const fixtures = settingsFixtures();

describe('settings migrations', () => {
  it('has a migration to every version after the first, and nothing else', () => {
    expect(checkMigrations(SETTINGS_VERSION, MIGRATIONS)).toEqual([]);
  });

  it('has fixtures of every version up to this one, and of a newer one', () => {
    for (let v = 1; v <= SETTINGS_VERSION; v++)
      expect(
        fixtures.some((f) => f.version === v),
        `a fixture of version ${v}`,
      ).toBe(true);
    expect(fixtures.some((f) => f.version === null)).toBe(true);
  });

  for (const f of fixtures) {
    it(`reads ${f.name} (${f.note})`, () => {
      const stored = asStored(f.storage.settings);
      const version = versionOf(f.storage.settings$);
      if (f.version !== null) expect(version).toBe(f.version);
      const migrated = migrateSettings(stored, version);
      expect(migrated.newer).toBe(f.version === null);
      expect(migrated.version).toBe(Math.max(version, SETTINGS_VERSION));
      expect(readSettings(migrated.value)).toEqual(f.reads);
      // Migrating is pure: what was stored is untouched.
      expect(asStored(f.storage.settings)).toEqual(stored);
    });

    it(`keeps what it does not know in ${f.name} through a change`, () => {
      const { value } = migrateSettings(asStored(f.storage.settings), versionOf(f.storage.settings$));
      const before = readSettings(value);
      const after = { ...before, hoverDelayMs: before.hoverDelayMs === 900 ? 950 : 900 };
      const next = applyChange(value, before, after) as Record<string, unknown>;
      expect(readSettings(next)).toEqual(after);
      for (const [key, kept] of Object.entries(value)) if (key !== 'hoverDelayMs') expect(next[key], key).toEqual(kept);
    });
  }
});
