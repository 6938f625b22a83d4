/**
 * The list of packs as kept in storage.local (key `packs`, its version in
 * the meta key `packs$` = { v }): which packs there are, in the user's order
 * (the first wins where two define one id), whether each is on, where it
 * came from and how its last update check went. Each pack's entities live
 * under a key of their own (`pack:<id>`), written in the same call as the
 * list entry that describes them.
 *
 * Version 1: { autoUpdate: boolean, packs: PackEntry[] }.
 *
 * Reading never fails and never drops what it does not understand: fields
 * this version does not know stay on their entry and are written back.
 */
import { type Migrations, migrate, versionOf } from '../versioned';
import type { CheckState } from './schedule';

export const PACKS_VERSION = 1;
export const PACKS_MIGRATIONS: Migrations<Readonly<Record<string, unknown>>> = {};

/** The bundled data's entry: always listed, never removed, holds no data of its own. */
export const BUNDLED_PACK_ID = 'bundled';

export type PackSource = { kind: 'bundled' } | { kind: 'file'; fileName: string } | { kind: 'url'; url: string };

export interface CheckRecord extends CheckState {
  /** updated: a new revision is in use; unchanged: the server has nothing newer; failed: see `reasons`. */
  outcome: 'updated' | 'unchanged' | 'failed';
  /** Why the last check failed, exactly (only when it did). */
  reasons?: string[];
}

export interface PackEntry {
  id: string;
  source: PackSource;
  enabled: boolean;
  title: string;
  /** The header's revision; null for a file without a header (and a subscription not downloaded yet). */
  revision: number | null;
  /** The data's "as of" date; null until there is data. */
  asOf: string | null;
  entityCount: number;
  /** The header's hash of the entities in use. */
  sha256: string | null;
  addedAt: string;
  /** When the revision in use was stored. */
  updatedAt: string | null;
  /** Subscriptions only: the last update check. */
  check: CheckRecord | null;
  /** Set on a pack made from the single imported dataset of earlier versions: that record's importedAt. */
  legacyImportedAt?: string;
}

export interface PackList {
  /** Checks subscriptions for new revisions (at most daily). */
  autoUpdate: boolean;
  /** In precedence order: the first wins. */
  packs: PackEntry[];
}

export interface ReadPackList {
  list: PackList;
  /** Entries this version cannot read (a newer kind of source, say): not used, written back as they are. */
  unreadable: unknown[];
  version: number;
  newer: boolean;
}

export function bundledEntry(): PackEntry {
  return {
    id: BUNDLED_PACK_ID,
    source: { kind: 'bundled' },
    enabled: true,
    title: 'Newslens',
    revision: null,
    asOf: null,
    entityCount: 0,
    sha256: null,
    addedAt: '',
    updatedAt: null,
    check: null,
  };
}

export const emptyList = (): PackList => ({ autoUpdate: true, packs: [bundledEntry()] });

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
const text = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const count = (x: unknown): number | null => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : null);

function readSource(raw: unknown, id: string): PackSource | null {
  if (id === BUNDLED_PACK_ID) return { kind: 'bundled' };
  if (!isObject(raw)) return null;
  if (raw.kind === 'url' && typeof raw.url === 'string') return { ...raw, kind: 'url', url: raw.url };
  if (raw.kind === 'file') return { ...raw, kind: 'file', fileName: text(raw.fileName) ?? 'dataset.json' };
  return null;
}

function readCheck(raw: unknown): CheckRecord | null {
  if (!isObject(raw)) return null;
  const outcome = raw.outcome === 'updated' || raw.outcome === 'unchanged' || raw.outcome === 'failed' ? raw.outcome : 'failed';
  const reasons = Array.isArray(raw.reasons) ? raw.reasons.filter((r): r is string => typeof r === 'string') : undefined;
  return {
    ...raw,
    outcome,
    ...(reasons ? { reasons } : {}),
    checkedAt: typeof raw.checkedAt === 'number' ? raw.checkedAt : undefined,
    etag: text(raw.etag) ?? undefined,
    lastModified: text(raw.lastModified) ?? undefined,
  };
}

/** One entry as far as this version reads it; null when it is not a pack entry at all. */
function readEntry(raw: unknown): PackEntry | null {
  if (!isObject(raw) || typeof raw.id !== 'string' || raw.id === '') return null;
  const source = readSource(raw.source, raw.id);
  if (!source) return null;
  return {
    ...raw,
    id: raw.id,
    source,
    enabled: raw.enabled !== false,
    title: text(raw.title) ?? (source.kind === 'file' ? source.fileName : source.kind === 'url' ? source.url : 'Newslens'),
    revision: count(raw.revision),
    asOf: text(raw.asOf),
    entityCount: count(raw.entityCount) ?? 0,
    sha256: text(raw.sha256),
    addedAt: text(raw.addedAt) ?? '',
    updatedAt: text(raw.updatedAt),
    check: readCheck(raw.check),
  };
}

/** The stored list, or null when none is stored. The bundled entry is always there, once. */
export function readPackList(raw: unknown, meta: unknown): ReadPackList | null {
  if (!isObject(raw)) return null;
  const migrated = migrate(raw, versionOf(meta), PACKS_VERSION, PACKS_MIGRATIONS);
  const value = migrated.value;
  const seen = new Set<string>();
  const packs: PackEntry[] = [];
  const unreadable: unknown[] = [];
  for (const item of Array.isArray(value.packs) ? value.packs : []) {
    const entry = readEntry(item);
    if (!entry) unreadable.push(item);
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    packs.push(entry);
  }
  if (!seen.has(BUNDLED_PACK_ID)) packs.push(bundledEntry());
  return {
    list: { ...value, autoUpdate: value.autoUpdate !== false, packs },
    unreadable,
    version: migrated.version,
    newer: migrated.newer,
  };
}

/** Whether the background should keep its daily alarm: only with a subscription and checks on. */
export function wantsUpdateChecks(list: PackList): boolean {
  return list.autoUpdate && list.packs.some((p) => p.source.kind === 'url');
}

export const subscriptions = (list: PackList) => list.packs.filter((p) => p.source.kind === 'url');
