/**
 * The head of a stored index: the little every frame reads first. A small
 * index travels inside its head (one read, as before). A large one that
 * layers on a base stays in storage until a frame's text needs it: the head
 * carries its anchors (anchors.ts), and a layer stands in for it that finds
 * nothing but says when a text node holds one of its anchors. A 10,000-entity
 * index is 6 MB, 120–160 ms to arrive in a frame (measured); its anchors are 55 KB. A
 * large index that replaces the base (a pack overrides bundled entities) has
 * no stand-in: the frame reads it at once.
 */
import { type AnchorAlias, type AnchorSource, type Anchors, anchorsFrom, buildAnchors } from './anchors';
import type { CompiledIndex, LoadedIndex } from './compiled';
import type { MatcherTables } from './tables';

/** Bump when the head's layout changes: an older head is then rewritten by the background. */
export const HEAD_FORMAT = 2;

/**
 * Past this size (the index's long strings, in code units; a few dozen entities)
 * the index stays out of the head: every frame of every page reads the head,
 * and storage moves ~20 KB a millisecond into a frame.
 */
export const INLINE_LIMIT = 32 * 1024;

export interface IndexHead {
  format: number;
  /** The checksum of the index the head stands for. */
  index: string;
  /** The index itself, when small. */
  inline: CompiledIndex | null;
  /** Its anchors, when it is large and layers on a base (null otherwise). */
  anchors: AnchorSource | null;
  /** What a layer standing in for it needs to take its place: the index's own fields of the same names. */
  dataset: string;
  base: string | null;
  offset: number;
  entities: number;
  patterns: number;
}

const sizeOf = (i: CompiledIndex) => i.tables.length + i.entityText.length + i.patternText.length;

/** The head of `index`; `tables` are its own (loaded) tables, read for the aliases when the index is large. */
export function headOf(index: CompiledIndex, tables: MatcherTables, inlineLimit = INLINE_LIMIT): IndexHead {
  const small = sizeOf(index) <= inlineLimit;
  let anchors: AnchorSource | null = null;
  if (!small && index.base !== null) {
    // Every owner of every alias: one that matches in any case and one that matches only as written anchor differently.
    const aliases: AnchorAlias[] = [];
    for (let id = 0; id < tables.patternCount; id++)
      for (const o of tables.pattern(id).owners) aliases.push({ text: o.text, caseSensitive: o.caseSensitive === true });
    anchors = buildAnchors(aliases);
  }
  const { dataset, base, offset, entities, patterns } = index;
  return { format: HEAD_FORMAT, index: index.checksum, inline: small ? index : null, anchors, dataset, base, offset, entities, patterns };
}

/** What a frame does with the head it read. */
export type HeadPlan =
  | { kind: 'none' }
  | { kind: 'inline'; index: unknown }
  /** Read the index now (a large index that replaces the base). */
  | { kind: 'read' }
  | { kind: 'anchors'; head: IndexHead; anchors: Anchors }
  | { kind: 'bad'; reason: string };

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

export function planHead(raw: unknown): HeadPlan {
  if (raw === null || raw === undefined) return { kind: 'none' };
  if (typeof raw !== 'object') return { kind: 'bad', reason: 'the index head is not an object' };
  const h = raw as Partial<IndexHead>;
  if (h.format !== HEAD_FORMAT) return { kind: 'bad', reason: `index head format ${String(h.format)}, expected ${HEAD_FORMAT}` };
  if (typeof h.index !== 'string' || typeof h.dataset !== 'string' || !(h.base === null || typeof h.base === 'string'))
    return { kind: 'bad', reason: 'malformed index head' };
  if (!isCount(h.offset) || !isCount(h.entities) || !isCount(h.patterns)) return { kind: 'bad', reason: 'malformed index head' };
  if (h.inline) return { kind: 'inline', index: h.inline };
  const a = h.anchors;
  if (!a) return { kind: 'read' };
  if (typeof a !== 'object' || typeof a.hashes !== 'string' || typeof a.single !== 'boolean' || typeof a.exact !== 'boolean')
    return { kind: 'bad', reason: 'malformed anchors' };
  try {
    return { kind: 'anchors', head: h as IndexHead, anchors: anchorsFrom(a) };
  } catch (e) {
    return { kind: 'bad', reason: (e as Error).message };
  }
}

const NONE: readonly number[] = [];

/**
 * A layer in place of the index `head` stands for: it finds nothing, and
 * calls `need` (once) when a text node the page scanner tests holds one of
 * its anchors (layerTables tests the top layer first, so every node is
 * tested here). Its records are never asked for, since it reports no match.
 */
export function standIn(head: IndexHead, anchors: Anchors, need: () => void): LoadedIndex {
  let asked = false;
  const missing = (what: string) => () => {
    throw new Error(`${what} of an index not read yet`);
  };
  const tables: MatcherTables = {
    entityCount: head.entities,
    patternCount: head.patterns,
    entity: missing('an entity'),
    pattern: missing('a pattern'),
    relatedOf: () => NONE,
    automaton: () => ({ stateCount: 0, scan: () => undefined }),
    // Says no even on a hit: nothing here can be found until the index is read, and the page is then read again.
    prefilter: () => ({
      test: (text) => {
        if (!asked && anchors.test(text)) {
          asked = true;
          need();
        }
        return false;
      },
    }),
  };
  return { tables, dataset: head.dataset, base: head.base, offset: head.offset, links: {} };
}

/** `tables` with `anchors` as its prefilter when it has none of its own (too many names for regular expressions). */
export function withAnchors(tables: MatcherTables, anchors: Anchors): MatcherTables {
  const own = tables.prefilter.bind(tables);
  return Object.assign(Object.create(tables) as MatcherTables, {
    prefilter: () => own() ?? anchors,
  });
}
