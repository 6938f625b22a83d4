/**
 * The compiled match index: a matcher's tables in a compact, versioned,
 * JSON-safe form, built once (at build time for the bundled data, at import
 * for a user's dataset) and loaded by every frame without rebuilding.
 *
 * - `tables` (base64) holds the automaton's typed arrays and the offsets of
 *   the records in the two string tables.
 * - `entityText` and `patternText` are the matcher's entity and pattern
 *   records (tables.ts) as JSON, one after the other. A record is decoded
 *   the first time the matcher needs it, so a frame with no candidate text
 *   decodes none, and a field added to the records is carried with no code
 *   of its own.
 *
 * Loading checks the format version, the checksum of the whole index, the
 * dataset it was built from (when the caller knows which it expects) and
 * the automaton's structure. Anything else is rejected with a reason, so
 * the caller rebuilds instead of trusting it.
 */
import { fromBase64, toBase64 } from '../codec/base64';
import { Checksum } from '../codec/hash';
import { datasetChecksum } from '../dataset/checksum';
import type { Entity } from '../dataset/dataset';
import { CATEGORIES } from '../dataset/schema';
import { type AutomatonTables, checkAutomatonTables, loadAutomaton } from './automaton';
import { type Prefilter, type PrefilterSource, prefilterFrom } from './prefilter';
import { type BuiltTables, buildTables, type EntityRecord, layerTables, type MatcherTables, type Pattern } from './tables';

/** Bump when the layout of the index or the meaning of its records changes: older indexes are then rebuilt. */
export const INDEX_FORMAT = 2;

/** "NLIX" as the first word of the tables: also tells a byte-swapped buffer apart. */
const MAGIC = 0x4e4c4958;
const HEADER_WORDS = 4;

export interface CompiledIndex {
  format: number;
  /** Checksum of the dataset the index was built from (datasetChecksum). */
  dataset: string;
  /** The `dataset` of the index this one extends (its entity indexes run on from that one's), or null. */
  base: string | null;
  /** The first entity index: the base's entity count. */
  offset: number;
  /** Base entity index → this index's entities related to it. */
  links: Record<string, number[]>;
  entities: number;
  patterns: number;
  states: number;
  /** base64 of the binary tables. */
  tables: string;
  entityText: string;
  patternText: string;
  prefilter: PrefilterSource | null;
  /** Checksum of every field above. */
  checksum: string;
}

/** Omits what is false or null: the records read absent flags as false. */
const compact = (_key: string, value: unknown) => (value === false || value === null ? undefined : value);

function join(records: readonly unknown[]): { text: string; offsets: Int32Array } {
  const offsets = new Int32Array(records.length + 1);
  const parts: string[] = [];
  let at = 0;
  records.forEach((r, i) => {
    const json = JSON.stringify(r, compact);
    parts.push(json);
    at += json.length;
    offsets[i + 1] = at;
  });
  return { text: parts.join(''), offsets };
}

function indexChecksum(i: Omit<CompiledIndex, 'checksum'>, bytes: Uint8Array): string {
  const head = [i.format, i.dataset, i.base, i.offset, JSON.stringify(i.links), i.entities, i.patterns, i.states];
  return new Checksum()
    .text(`${head.join('|')}|${i.prefilter?.anyCase ?? ''}|${i.prefilter?.exact ?? ''}|${i.prefilter?.other ?? ''}`)
    .bytes(bytes)
    .text(i.entityText)
    .text(i.patternText)
    .digest();
}

/**
 * Compiles built tables; `dataset` is the checksum of the entities they were
 * built from, `base` the dataset checksum of the index they extend.
 */
export function compileIndex(built: BuiltTables, dataset: string, base: string | null = null): CompiledIndex {
  const entities = join(built.entities);
  const patterns = join(built.patterns);
  const a = built.automatonTables;
  const states = a.code.length;
  const words = HEADER_WORDS + entities.offsets.length + patterns.offsets.length + a.first.length + a.fail.length + a.terminal.length;
  const bytes = new Uint8Array(words * 4 + Math.ceil((states * 2) / 4) * 4);
  const view = new Int32Array(bytes.buffer, 0, words);
  view.set([MAGIC, states, built.entityCount, built.patternCount]);
  let at = HEADER_WORDS;
  for (const part of [entities.offsets, patterns.offsets, a.first, a.fail, a.terminal]) {
    view.set(part, at);
    at += part.length;
  }
  new Uint16Array(bytes.buffer, words * 4, states).set(a.code);
  const body = {
    format: INDEX_FORMAT,
    dataset,
    base,
    offset: built.offset,
    links: built.links as Record<string, number[]>,
    entities: built.entityCount,
    patterns: built.patternCount,
    states,
    tables: toBase64(bytes),
    entityText: entities.text,
    patternText: patterns.text,
    prefilter: built.prefilterSource,
  };
  return { ...body, checksum: indexChecksum(body, bytes) };
}

/** Recomputes an index's checksum (for tools and tests that rewrite an index on purpose). */
export function seal(index: Omit<CompiledIndex, 'checksum'>): CompiledIndex {
  return { ...index, checksum: indexChecksum(index, fromBase64(index.tables)) } as CompiledIndex;
}

export interface LoadedIndex {
  tables: MatcherTables;
  dataset: string;
  base: string | null;
  offset: number;
  links: Readonly<Record<number, readonly number[]>>;
}

export type LoadResult = ({ ok: true } & LoadedIndex) | { ok: false; reason: string };

/** What a loader expects: the dataset the index must come from, and the base it must extend (null: none). */
export interface Expectation {
  dataset?: string;
  base?: string | null;
  /**
   * False only for an index that ships inside the extension's own code (the
   * bundled one): its checksum and structure were checked when it was built.
   * Anything read from storage is verified. Unverified tables are decoded
   * on first use; one that then does not decode throws CorruptIndexError.
   */
  verify?: boolean;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isText = (s: unknown): s is string => typeof s === 'string';

/**
 * Loads a compiled index from whatever was stored or bundled. With
 * `expectDataset`, an index built from another dataset is stale and rejected.
 */
export function loadIndex(raw: unknown, expect: Expectation = {}): LoadResult {
  const fail = (reason: string): LoadResult => ({ ok: false, reason });
  if (!raw || typeof raw !== 'object') return fail('no index');
  const i = raw as Partial<CompiledIndex>;
  if (i.format !== INDEX_FORMAT) return fail(`index format ${String(i.format)}, expected ${INDEX_FORMAT}`);
  if (!isText(i.dataset) || !isCount(i.entities) || !isCount(i.patterns) || !isCount(i.states) || i.states < 1)
    return fail('malformed header');
  if (!(i.base === null || isText(i.base)) || !isCount(i.offset) || !isLinks(i.links)) return fail('malformed header');
  if (!isText(i.tables) || !isText(i.entityText) || !isText(i.patternText)) return fail('malformed tables');
  const pre = i.prefilter;
  if (
    pre !== null &&
    !(
      pre &&
      typeof pre === 'object' &&
      (pre.anyCase === null || isText(pre.anyCase)) &&
      (pre.exact === null || isText(pre.exact)) &&
      (pre.other === null || isText(pre.other))
    )
  )
    return fail('malformed prefilter');
  if (expect.dataset !== undefined && i.dataset !== expect.dataset) return fail('built from another dataset');
  if (expect.base !== undefined && i.base !== expect.base) return fail('built on another base dataset');
  const index = i as CompiledIndex;
  const loaded = (parts: () => Parts): LoadResult => ({
    ok: true,
    dataset: index.dataset,
    base: index.base,
    offset: index.offset,
    links: index.links,
    tables: lazyTables(index, parts),
  });
  if (expect.verify === false) {
    // The bundled index was checked when it was built: its tables are decoded
    // when a frame first needs them (a candidate name), not at start-up.
    let parts: Parts | undefined;
    return loaded(() => {
      if (!parts) {
        const result = decode(index);
        if (typeof result === 'string') throw new CorruptIndexError(result);
        parts = result;
      }
      return parts;
    });
  }
  const parts = decode(index, true);
  if (typeof parts === 'string') return fail(parts);
  const problem = checkAutomatonTables(parts.automaton);
  if (problem) return fail(`automaton: ${problem}`);
  return loaded(() => parts);
}

/** The binary tables, decoded and split. */
interface Parts {
  entityOffsets: Int32Array;
  patternOffsets: Int32Array;
  automaton: AutomatonTables;
}

/** Decodes the tables (checking the checksum and the record offsets too with `verify`), or says what is wrong. */
function decode(i: CompiledIndex, verify = false): Parts | string {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(i.tables);
  } catch {
    return 'tables are not base64';
  }
  if (verify && indexChecksum(i, bytes) !== i.checksum) return 'checksum mismatch';
  const { entities, patterns, states } = i;
  const words = HEADER_WORDS + entities + 1 + patterns + 1 + states + 1 + states + patterns;
  if (bytes.byteOffset % 4 !== 0 || bytes.length !== words * 4 + Math.ceil((states * 2) / 4) * 4) return 'tables have the wrong size';
  const view = new Int32Array(bytes.buffer, bytes.byteOffset, words);
  if (view[0] !== MAGIC) return 'tables were written with another byte order';
  if (view[1] !== states || view[2] !== entities || view[3] !== patterns) return 'table header disagrees';
  let at = HEADER_WORDS;
  const take = (n: number) => {
    const part = view.subarray(at, at + n);
    at += n;
    return part;
  };
  const entityOffsets = take(entities + 1);
  const patternOffsets = take(patterns + 1);
  const automaton: AutomatonTables = {
    first: take(states + 1),
    fail: take(states),
    terminal: take(patterns),
    code: new Uint16Array(bytes.buffer, bytes.byteOffset + words * 4, states),
  };
  if (verify && (!offsetsFit(entityOffsets, i.entityText) || !offsetsFit(patternOffsets, i.patternText)))
    return 'record offsets are out of range';
  return { entityOffsets, patternOffsets, automaton };
}

function isLinks(links: unknown): links is Record<string, number[]> {
  if (!links || typeof links !== 'object' || Array.isArray(links)) return false;
  return Object.values(links).every((list) => Array.isArray(list) && list.every(isCount));
}

function offsetsFit(offsets: Int32Array, text: string): boolean {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== text.length) return false;
  for (let k = 1; k < offsets.length; k++) if ((offsets[k] as number) < (offsets[k - 1] as number)) return false;
  return true;
}

/** A record the index holds but cannot be read: the index is damaged in a way its checksum could not see. */
export class CorruptIndexError extends Error {}

function lazyTables(index: CompiledIndex, parts: () => Parts): MatcherTables {
  const entities: Array<EntityRecord | undefined> = new Array(index.entities);
  const patterns: Array<Pattern | undefined> = new Array(index.patterns);
  let automaton: ReturnType<typeof loadAutomaton> | null = null;
  let prefilter: Prefilter | null | undefined;
  const NONE: readonly number[] = [];
  const limit = index.offset + index.entities;
  const record = (text: string, offsets: Int32Array, n: number): unknown => {
    try {
      return JSON.parse(text.slice(offsets[n], offsets[n + 1]));
    } catch {
      throw new CorruptIndexError(`record ${n} is not JSON`);
    }
  };
  return {
    entityCount: index.entities,
    patternCount: index.patterns,
    entity(n) {
      let e = entities[n];
      if (!e) {
        if (n < 0 || n >= index.entities) throw new CorruptIndexError(`no entity ${n}`);
        e = record(index.entityText, parts().entityOffsets, n) as EntityRecord;
        if (!e || typeof e.id !== 'string' || typeof e.name !== 'string' || !(CATEGORIES as readonly string[]).includes(e.category))
          throw new CorruptIndexError(`entity ${n} is malformed`);
        entities[n] = e;
      }
      return e;
    },
    pattern(id) {
      let p = patterns[id];
      if (!p) {
        p = record(index.patternText, parts().patternOffsets, id) as Pattern;
        if (!p || !isCount(p.length) || !Array.isArray(p.owners) || !p.owners.every((o) => isCount(o?.entity) && o.entity < limit))
          throw new CorruptIndexError(`pattern ${id} is malformed`);
        patterns[id] = p;
      }
      return p;
    },
    relatedOf(n) {
      return this.entity(n).related ?? NONE;
    },
    automaton() {
      automaton ??= loadAutomaton(parts().automaton);
      return automaton;
    },
    prefilter() {
      if (prefilter === undefined) prefilter = index.prefilter ? prefilterFrom(index.prefilter) : null;
      return prefilter;
    },
  };
}

/** Builds and compiles the index of a dataset in one step. */
export function compileEntities(entities: readonly Entity[], dataset: string = datasetChecksum(entities)): CompiledIndex {
  return compileIndex(buildTables(entities), dataset);
}

/**
 * Compiles a dataset that extends a base (a user's dataset over the bundled
 * one): its entity indexes follow the base's and its relations may point at
 * the base's entities, which `base` lists in index order.
 */
export function compileExtension(
  entities: readonly Entity[],
  base: { dataset: string; ids: readonly string[] },
  dataset: string = datasetChecksum(entities),
): CompiledIndex {
  const ids = new Map(base.ids.map((id, i) => [id, i]));
  return compileIndex(buildTables(entities, { entityCount: base.ids.length, indexOf: (id) => ids.get(id) }), dataset, base.dataset);
}

/** The tables of a base index and of an index that extends it, as one. The caller checks they belong together. */
export function layered(base: LoadedIndex, top: LoadedIndex): MatcherTables {
  if (top.base !== base.dataset || top.offset !== base.offset + base.tables.entityCount)
    throw new Error('the index does not extend this base');
  return layerTables(base.tables, top.tables, top.links);
}
