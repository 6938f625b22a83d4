/**
 * The frame's two storage reads (its settings, the head of the packs' index), sent the
 * moment the script starts: the entrypoint imports this module second, after
 * the clock, and it imports nothing that runs code (not even the browser API
 * wrapper, whose start-up is ~2 ms), so the reads go out before the rest of
 * the script's modules are evaluated. The round trips to storage are most of
 * a cold start when they wait for the start-up work; sent first, they overlap
 * it. A frame not worth reading now (see frame-gate.ts) sends nothing: it
 * reads afresh once it is. What was read is interpreted by whoever takes it
 * (utils/settings.ts, knowledge.ts), as when they read it themselves.
 */
import { inArea, SETTINGS_KEY, SETTINGS_META_KEY, USER_INDEX_HEAD_KEY } from '@/utils/storage-keys';
import { skipReason } from './frame-gate';

export interface FirstReads {
  /** The stored settings object and its meta (utils/settings.ts settingsFrom), as stored; undefined for what is not. */
  settings: Promise<{ value: unknown; meta: unknown }>;
  /** The head of the packs' stored index, unchecked (knowledge.ts reads it), or null. */
  head: Promise<unknown>;
}

type Area = { get(keys: string[]): Promise<Record<string, unknown>> };
type Storage = { storage?: Record<string, Area | undefined> };

/** The extension API as the browser gives it (promise-based in both browsers for storage). */
const api = (): Storage | undefined => {
  const g = globalThis as { browser?: Storage; chrome?: Storage };
  return g.browser?.storage ? g.browser : g.chrome;
};

const get = async (key: Parameters<typeof inArea>[0], ...more: Array<Parameters<typeof inArea>[0]>) => {
  const keys = [key, ...more].map(inArea);
  const area = api()?.storage?.[keys[0]?.area as string];
  if (!area) throw new Error('no storage');
  return area.get(keys.map((k) => k.name));
};

function read(): FirstReads {
  const settings = inArea(SETTINGS_KEY).name;
  const meta = inArea(SETTINGS_META_KEY).name;
  return {
    // Storage unreadable for now: the defaults (as utils/settings.ts reads it), and nothing written.
    settings: get(SETTINGS_KEY, SETTINGS_META_KEY).then(
      (items) => ({ value: items[settings], meta: items[meta] }),
      () => ({ value: undefined, meta: undefined }),
    ),
    head: get(USER_INDEX_HEAD_KEY).then(
      (items) => items[inArea(USER_INDEX_HEAD_KEY).name] ?? null,
      () => null,
    ),
  };
}

let early: FirstReads | null = null;
try {
  // Also evaluated when the build reads the entrypoint's options (a stand-in window, a fake browser): any doubt, no early read.
  if (typeof window === 'object' && window.document?.body && skipReason(window) === null) early = read();
} catch {
  early = null;
}

/** True while reads sent at start-up wait to be taken: the frame was found worth reading then. */
export function firstReadsSent(): boolean {
  return early !== null;
}

/** The reads sent at start-up, once; fresh ones after that (or when none were sent). */
export function takeFirstReads(): FirstReads {
  const reads = early ?? read();
  early = null;
  return reads;
}
