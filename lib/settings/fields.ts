/**
 * The kinds of setting, each knowing how to read its stored value and how to
 * store a new one. Storage holds only what differs from the default; reading
 * never fails (an unreadable value reads as the default); storing keeps what
 * this version does not understand (another version's entries and values).
 */
import * as v from 'valibot';

export interface Field<T> {
  readonly default: T;
  /** The value stored under this field's key, as this version reads it; the default when absent or unreadable. */
  read(stored: unknown): T;
  /** What to store for `value`, given what is stored now; undefined stores nothing (the default). */
  store(value: T, stored: unknown): unknown;
  /** True when the two values are the same setting. */
  same(a: T, b: T): boolean;
}

const isRecord = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** One value checked by `schema`: a number, a choice, a list. `normalize` gives its stored form (e.g. sorted, without duplicates). */
export function value<T>(schema: v.GenericSchema<unknown, T>, fallback: T, normalize: (value: T) => T = (x) => x): Field<T> {
  const key = (x: T) => JSON.stringify(normalize(x));
  return {
    default: fallback,
    read(stored) {
      if (stored === undefined) return fallback;
      const parsed = v.safeParse(schema, stored);
      return parsed.success ? normalize(parsed.output) : fallback;
    },
    store(value) {
      return key(value) === key(fallback) ? undefined : normalize(value);
    },
    same: (a, b) => key(a) === key(b),
  };
}

/** A list of values checked by `item`, stored sorted and without duplicates; empty by default. */
export function list<T extends string>(item: v.GenericSchema<unknown, T>): Field<T[]> {
  return value(v.array(item), [] as T[], (xs) => [...new Set(xs)].sort());
}

/**
 * One on/off switch per name (categories). Stored entry by entry: only the
 * switches that differ from the default, plus every entry this version does
 * not know or cannot read (a newer version's category stays as it was).
 */
export function switches<K extends string>(names: readonly K[], on: boolean): Field<Record<K, boolean>> {
  const fallback = Object.fromEntries(names.map((n) => [n, on])) as Record<K, boolean>;
  const known = new Set<string>(names);
  return {
    default: fallback,
    read(stored) {
      const out = { ...fallback };
      if (!isRecord(stored)) return out;
      // Each readable switch counts even when another one is broken.
      for (const [name, state] of Object.entries(stored)) if (known.has(name) && typeof state === 'boolean') out[name as K] = state;
      return out;
    },
    store(value, stored) {
      const out: Record<string, unknown> = {};
      // Entries this version cannot read stay, unless the switch is now set away from its default.
      if (isRecord(stored))
        for (const [name, state] of Object.entries(stored)) if (!known.has(name) || typeof state !== 'boolean') out[name] = state;
      for (const name of names) if (value[name] !== on) out[name] = value[name];
      return Object.keys(out).length > 0 ? out : undefined;
    },
    same: (a, b) => names.every((n) => a[n] === b[n]),
  };
}

/**
 * A list of records (the "Not this" mutes), each checked by `item` and known
 * by `keyOf`; empty by default. Storing keeps every stored entry this version
 * cannot read (a newer version's kind of record), so nothing is lost.
 */
export function records<T>(item: v.GenericSchema<unknown, T>, keyOf: (x: T) => string): Field<T[]> {
  const readable = (x: unknown) => v.safeParse(item, x);
  const dedupe = (xs: readonly T[]) => {
    const seen = new Set<string>();
    return xs.filter((x) => {
      const k = keyOf(x);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  return {
    default: [],
    read(stored) {
      if (!Array.isArray(stored)) return [];
      return dedupe(
        stored.flatMap((x) => {
          const r = readable(x);
          return r.success ? [r.output] : [];
        }),
      );
    },
    store(value, stored) {
      const kept = Array.isArray(stored) ? stored.filter((x) => !readable(x).success) : [];
      const out = [...kept, ...dedupe(value)];
      return out.length > 0 ? out : undefined;
    },
    same: (a, b) => a.length === b.length && a.every((x, i) => keyOf(x) === keyOf(b[i] as T)),
  };
}
