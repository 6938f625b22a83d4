/**
 * Versioned stored records: a record carries the version of the shape it was
 * written in, and pure migrations bring an older one up to the current shape.
 * A record from a newer version is never migrated down or thrown away: it is
 * kept as it is, and read as far as this version understands it. Used by the
 * settings (lib/settings/migrations.ts) and the user's dataset
 * (lib/dataset/stored.ts).
 */

/** migrations[n] turns a record of version n - 1 into version n. Pure: returns a new record, never edits its input. */
export type Migrations<T> = Readonly<Record<number, (older: T) => T>>;

export interface Migrated<T> {
  value: T;
  /** The version `value` is in now: the current one, or the stored one when that is newer. */
  version: number;
  /** The version it was stored in. */
  storedVersion: number;
  /** True when the record comes from a newer version than this one. */
  newer: boolean;
}

/** The version a stored record says it is in. Records from before versions were written are version 1. */
export function versionOf(meta: unknown): number {
  const v = meta !== null && typeof meta === 'object' ? (meta as { v?: unknown }).v : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/** Every migration from 2 up to `current` must exist: a version without its migration is a mistake. */
export function checkMigrations<T>(current: number, migrations: Migrations<T>): string[] {
  const problems: string[] = [];
  for (let v = 2; v <= current; v++) if (typeof migrations[v] !== 'function') problems.push(`no migration to version ${v}`);
  for (const key of Object.keys(migrations)) {
    const v = Number(key);
    if (!Number.isInteger(v) || v < 2 || v > current) problems.push(`migration to version ${key} is outside 2..${current}`);
  }
  return problems;
}

/** Brings `value`, stored in `storedVersion`, up to `current`. */
export function migrate<T>(value: T, storedVersion: number, current: number, migrations: Migrations<T>): Migrated<T> {
  if (storedVersion >= current) return { value, version: storedVersion, storedVersion, newer: storedVersion > current };
  let out = value;
  for (let v = storedVersion + 1; v <= current; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration to version ${v}`);
    out = step(out);
  }
  return { value: out, version: current, storedVersion, newer: false };
}
