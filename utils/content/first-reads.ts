/**
 * The frame's two storage reads (its settings, the packs' index), sent the
 * moment the script starts, before the rest of its modules are evaluated:
 * the entrypoint imports this module second, after the clock. The round
 * trips to storage are most of a cold start when they wait for the start-up
 * work; sent first, they overlap it. A frame not worth reading now (see
 * frame-gate.ts) sends nothing: it reads afresh once it is.
 */
import type { Settings } from '@/lib/settings/settings';
import { loadSettings } from '@/utils/settings';
import { readUserIndex } from '@/utils/user-storage';
import { skipReason } from './frame-gate';

export interface FirstReads {
  settings: Promise<Settings>;
  /** The stored index of the packs, unchecked (knowledge.ts loads it). */
  index: Promise<unknown>;
}

const read = (): FirstReads => ({ settings: loadSettings(), index: readUserIndex() });

let early: FirstReads | null = null;
try {
  // Also evaluated when the build reads the entrypoint's options (a stand-in window, a fake browser): any doubt, no early read.
  if (typeof window === 'object' && window.document?.body && skipReason(window) === null) early = read();
} catch {
  early = null;
}

/** The reads sent at start-up, once; fresh ones after that (or when none were sent). */
export function takeFirstReads(): FirstReads {
  const reads = early ?? read();
  early = null;
  return reads;
}
