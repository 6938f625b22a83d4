/** The stored-settings fixtures in tests/fixtures/settings (see the README there). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';

export interface SettingsFixture {
  name: string;
  /** The version that wrote it: from the file name (v1-…), or null for a newer one (future-…). */
  version: number | null;
  note: string;
  /** What storage.sync held. */
  storage: Record<string, unknown>;
  /** What it reads as. */
  reads: Settings;
}

const DIR = join(import.meta.dirname, '../fixtures/settings');

export function settingsFixtures(): SettingsFixture[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as {
        note: string;
        storage: Record<string, unknown>;
        reads: Partial<Settings>;
      };
      const v = /^v(\d+)-/.exec(file);
      return {
        name: file,
        version: v ? Number(v[1]) : null,
        note: data.note,
        storage: data.storage,
        reads: { ...DEFAULT_SETTINGS, ...data.reads },
      };
    });
}
