import { describe, expect, it } from 'vitest';
import { checkMigrations, migrate, versionOf } from '@/lib/versioned';

// A made-up history: v2 renamed `delay` to `hoverDelayMs` (keeping the old key for older
// versions), v3 turned `theme: 'dark' | 'light'` into `dark: boolean`.
type Rec = Readonly<Record<string, unknown>>;
const history = {
  2: (r: Rec) => (r.delay === undefined ? r : { ...r, hoverDelayMs: r.delay }),
  3: (r: Rec) => (r.theme === undefined ? r : { ...r, dark: r.theme === 'dark' }),
};

describe('versioned records', () => {
  it('reads the version from the meta, and treats a record without one as version 1', () => {
    expect(versionOf({ v: 3 })).toBe(3);
    for (const meta of [undefined, null, {}, { v: 0 }, { v: 'two' }, { v: 1.5 }, 'v2', []]) expect(versionOf(meta)).toBe(1);
  });

  it('runs every migration from the stored version up to the current one, in order, without touching its input', () => {
    const stored = { delay: 500, theme: 'dark', other: [1] };
    const out = migrate<Rec>(stored, 1, 3, history);
    expect(out).toEqual({
      value: { delay: 500, theme: 'dark', other: [1], hoverDelayMs: 500, dark: true },
      version: 3,
      storedVersion: 1,
      newer: false,
    });
    expect(stored).toEqual({ delay: 500, theme: 'dark', other: [1] });
    expect(migrate<Rec>({ theme: 'light' }, 2, 3, history).value).toEqual({ theme: 'light', dark: false });
  });

  it('keeps a current record as it is, and a newer one as it is, saying so', () => {
    const rec = { anything: true };
    expect(migrate<Rec>(rec, 3, 3, history)).toEqual({ value: rec, version: 3, storedVersion: 3, newer: false });
    expect(migrate<Rec>(rec, 7, 3, history)).toEqual({ value: rec, version: 7, storedVersion: 7, newer: true });
  });

  it('finds a version with no migration, and a migration with no version', () => {
    expect(checkMigrations(3, history)).toEqual([]);
    expect(checkMigrations(1, {})).toEqual([]);
    expect(checkMigrations(4, history)).toEqual(['no migration to version 4']);
    expect(checkMigrations(2, history)).toEqual(['migration to version 3 is outside 2..2']);
    expect(() => migrate<Rec>({}, 1, 4, history)).toThrow('No migration to version 4');
  });
});
