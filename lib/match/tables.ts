/**
 * The matcher's tables: what it knows of each entity and of each pattern (an
 * alias, context word or exclusion phrase, folded), as plain data. Built here
 * from a dataset, or loaded from a compiled index (compiled.ts), which stores
 * these same records as JSON: a field added to them is stored and loaded with
 * no code of its own.
 *
 * A dataset can extend another (a user's dataset extends the bundled one):
 * its entities then take the indexes after the base's, its records may point
 * at the base's entities, and `links` says which of its entities relate to
 * each base entity, since the base's own records cannot know.
 */
import type { Entity } from '../dataset/dataset';
import { type ExclusionPattern, hasSlots, parseExclusion } from '../dataset/exclusion-pattern';
import type { Category } from '../dataset/schema';
import { foldHan } from '../text/han-fold';
import { foldForMatch, normalizeText } from '../text/normalize';
import { type Automaton, type AutomatonTables, buildAutomatonTables, loadAutomaton } from './automaton';
import { type Prefilter, type PrefilterSource, prefilterFrom, prefilterSource } from './prefilter';

/** What matching needs of an entity; all a page holds of it (the card comes from the background). */
export interface MatchEntity {
  id: string;
  name: string;
  category: Category;
}

/** An entity as the matcher stores it: the match fields plus the entities it relates to. */
export interface EntityRecord extends MatchEntity {
  /** Indexes of the entities related to this one, in either direction (absent: none). */
  related?: number[];
}

/** One entity's claim on a pattern. Absent flags are false. */
export interface AliasOwner {
  entity: number;
  /** The alias as the data writes it (white space normalised): what the card quotes and a mute names. */
  alias: string;
  /** The alias with Chinese script folded but letter case kept, for the case-sensitive check. */
  text: string;
  caseSensitive?: boolean;
  needsContext?: boolean;
  shared?: boolean;
  versioned?: boolean;
  /** Exclusion patterns with slots ("{Name} X"), as plain data (absent: none). */
  exclusions?: ExclusionPattern[];
}

export interface Pattern {
  length: number;
  owners: AliasOwner[];
  /** Entities whose context word this is (absent or null: none; most patterns). */
  contextOf?: number[] | null;
  /** Entities whose exclusion phrase this is (absent or null: none). */
  excludeFor?: number[] | null;
}

/** A matcher's tables, however they were obtained. Records are read by index and may be decoded on first use. */
export interface MatcherTables {
  readonly entityCount: number;
  readonly patternCount: number;
  entity(index: number): EntityRecord;
  pattern(id: number): Pattern;
  /** Entities related to `index`, in either direction. */
  relatedOf(index: number): readonly number[];
  automaton(): Automaton;
  prefilter(): Prefilter | null;
}

/** The dataset a new one extends: how many entities it has, and their indexes by id. */
export interface BaseEntities {
  readonly entityCount: number;
  indexOf(id: string): number | undefined;
}

/** Tables built from a dataset, held as arrays: what compiling stores. Entity indexes start at `offset`. */
export interface BuiltTables extends MatcherTables {
  readonly offset: number;
  readonly entities: readonly EntityRecord[];
  readonly patterns: readonly Pattern[];
  readonly automatonTables: AutomatonTables;
  readonly prefilterSource: PrefilterSource | null;
  /** Base entity index → this dataset's entities related to it (only when extending a base). */
  readonly links: Readonly<Record<number, number[]>>;
}

const NONE: readonly number[] = [];

export function buildTables(entities: readonly Entity[], base?: BaseEntities): BuiltTables {
  const offset = base?.entityCount ?? 0;
  const own = new Map(entities.map((e, i) => [e.id, offset + i]));
  const indexOf = (id: string) => own.get(id) ?? base?.indexOf(id);
  const related = new Map<number, Set<number>>();
  const relate = (a: number, b: number) => {
    let set = related.get(a);
    if (!set) {
      set = new Set();
      related.set(a, set);
    }
    set.add(b);
  };
  entities.forEach((e, i) => {
    for (const r of e.relations) {
      const j = indexOf(r.target);
      if (j === undefined || j === offset + i) continue;
      relate(offset + i, j);
      relate(j, offset + i);
    }
  });
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  const records: EntityRecord[] = entities.map((e, i) => {
    const set = related.get(offset + i);
    const record: EntityRecord = { id: e.id, name: e.name, category: e.category };
    if (set) record.related = sorted(set);
    return record;
  });
  const links: Record<number, number[]> = {};
  for (const [index, set] of related) if (index < offset) links[index] = sorted(set);

  const byKey = new Map<string, Pattern>();
  const pattern = (normalized: string): Pattern => {
    const key = foldForMatch(normalized);
    let p = byKey.get(key);
    if (!p) {
      p = { length: key.length, owners: [] };
      byKey.set(key, p);
    }
    return p;
  };
  entities.forEach((e, i) => {
    const entity = offset + i;
    for (const alias of e.aliases) {
      const rule = typeof alias === 'string' ? null : alias;
      const text = normalizeText(rule ? rule.text : (alias as string));
      const exclusions: ExclusionPattern[] = [];
      for (const phrase of rule?.exclude ?? []) {
        if (hasSlots(phrase)) {
          const parsed = parseExclusion(normalizeText(phrase), text, foldForMatch);
          if (parsed.ok && parsed.pattern) exclusions.push(foldPieces(parsed.pattern));
          continue;
        }
        const p = pattern(normalizeText(phrase));
        p.excludeFor ??= [];
        p.excludeFor.push(entity);
      }
      const owner: AliasOwner = { entity, alias: text, text: foldHan(text) };
      if (rule?.caseSensitive === true) owner.caseSensitive = true;
      if (rule?.needsContext === true) owner.needsContext = true;
      if (rule?.shared === true) owner.shared = true;
      if (rule?.versioned === true) owner.versioned = true;
      if (exclusions.length > 0) owner.exclusions = exclusions;
      // One entity listing a name in both scripts (通义千问, 通義千問) owns one pattern once.
      const owners = pattern(text).owners;
      if (!owners.some((o) => sameRules(o, owner))) owners.push(owner);
    }
    for (const word of e.context ?? []) {
      const p = pattern(normalizeText(word));
      p.contextOf ??= [];
      p.contextOf.push(entity);
    }
  });
  const keys = [...byKey.keys()];
  const patterns = keys.map((k) => byKey.get(k) as Pattern);
  const automatonTables = buildAutomatonTables(keys);

  let automaton: Automaton | null = null;
  let prefilter: Prefilter | null | undefined;
  let source: PrefilterSource | null | undefined;
  const prefilterSourceOnce = () => {
    if (source === undefined) source = prefilterSource(entities);
    return source;
  };
  return {
    offset,
    entities: records,
    patterns,
    automatonTables,
    links,
    get prefilterSource() {
      return prefilterSourceOnce();
    },
    entityCount: records.length,
    patternCount: patterns.length,
    entity: (i) => records[i] as EntityRecord,
    pattern: (id) => patterns[id] as Pattern,
    relatedOf: (i) => records[i]?.related ?? NONE,
    automaton() {
      automaton ??= loadAutomaton(automatonTables);
      return automaton;
    },
    prefilter() {
      if (prefilter === undefined) {
        const s = prefilterSourceOnce();
        prefilter = s ? prefilterFrom(s) : null;
      }
      return prefilter;
    },
  };
}

/**
 * One set of tables from a base and a dataset that extends it: entity
 * indexes run on from the base's, pattern ids likewise, each layer's
 * automaton scans the text in turn.
 */
export function layerTables(base: MatcherTables, top: MatcherTables, links: Readonly<Record<number, readonly number[]>>): MatcherTables {
  const entities = base.entityCount;
  const patterns = base.patternCount;
  let automaton: Automaton | null = null;
  let prefilter: Prefilter | null | undefined;
  const merged = new Map<number, readonly number[]>();
  return {
    entityCount: entities + top.entityCount,
    patternCount: patterns + top.patternCount,
    entity: (i) => (i < entities ? base.entity(i) : top.entity(i - entities)),
    pattern: (id) => (id < patterns ? base.pattern(id) : top.pattern(id - patterns)),
    relatedOf(i) {
      if (i >= entities) return top.relatedOf(i - entities);
      const extra = links[i];
      if (!extra) return base.relatedOf(i);
      let list = merged.get(i);
      if (!list) {
        list = [...new Set([...base.relatedOf(i), ...extra])];
        merged.set(i, list);
      }
      return list;
    },
    automaton() {
      if (!automaton) {
        const a = base.automaton();
        const b = top.automaton();
        automaton = {
          stateCount: a.stateCount + b.stateCount,
          scan(text, onMatch) {
            a.scan(text, onMatch);
            b.scan(text, (id, end) => onMatch(id + patterns, end));
          },
        };
      }
      return automaton;
    },
    prefilter() {
      if (prefilter === undefined) {
        const a = base.prefilter();
        const b = top.prefilter();
        // Without a prefilter on either side, every block is read. The top first: a layer standing in
        // for an index not read yet (index-head.ts) must see every text node.
        prefilter = a && b ? { test: (text) => b.test(text) || a.test(text) } : null;
      }
      return prefilter;
    },
  };
}

/** Two owners of one pattern that would decide the same way. */
function sameRules(a: AliasOwner, b: AliasOwner): boolean {
  return (
    a.entity === b.entity &&
    a.caseSensitive === b.caseSensitive &&
    a.needsContext === b.needsContext &&
    a.shared === b.shared &&
    a.versioned === b.versioned &&
    a.text === b.text &&
    JSON.stringify(a.exclusions) === JSON.stringify(b.exclusions)
  );
}

/** A pattern's text pieces folded as the matcher compares text. */
function foldPieces(p: ExclusionPattern): ExclusionPattern {
  const fold = (pieces: ExclusionPattern['before']) => pieces.map((x) => ('text' in x ? { text: foldForMatch(x.text) } : x));
  return { before: fold(p.before), after: fold(p.after) };
}
