/**
 * The matcher: every alias, context word and exclusion phrase of a dataset in
 * one automaton, plus the rules the data carries (case, boundaries, versions,
 * context). It works on the text of one block at a time; the page-level step
 * (does the rest of the page support an ambiguous name?) is `resolveOnPage`.
 */
import type { Entity } from '../dataset/dataset';
import { type ExclusionPattern, hasSlots, parseExclusion } from '../dataset/exclusion-pattern';
import { foldHan } from '../text/han-fold';
import { foldForMatch, normalizeText } from '../text/normalize';
import { type Automaton, buildAutomaton } from './automaton';
import { atWordBoundaries, versionSuffixLength } from './boundaries';
import { type Evidence, localSupport, type Supporter } from './evidence';
import { matchesExclusion } from './exclusions';
import { buildPrefilter, type Prefilter } from './prefilter';

/** A block at most this much longer than the name is a lone label (a sidebar heading "Meta"): the page alone does not support it. */
export const LONE_BLOCK_SLACK = 12;

interface AliasOwner {
  entity: number;
  /** The alias as the data writes it (white space normalised): what the card quotes and a mute names. */
  alias: string;
  /** The alias with Chinese script folded but letter case kept, for the case-sensitive check. */
  text: string;
  caseSensitive: boolean;
  needsContext: boolean;
  shared: boolean;
  versioned: boolean;
  /** Exclusion patterns with slots ("{Name} X"), as plain data; null when the alias has none. */
  exclusions: ExclusionPattern[] | null;
}

interface Pattern {
  length: number;
  owners: AliasOwner[];
  /** Entities whose context word this is, or null (most patterns). */
  contextOf: number[] | null;
  /** Entities whose exclusion phrase this is, or null. */
  excludeFor: number[] | null;
}

/** A name found in a block and attributed to one entity. */
export interface Hit {
  start: number;
  end: number;
  entity: number;
  /** confident: an unambiguous alias; context: supported nearby; page: supported by the rest of the page. */
  support: 'confident' | 'context' | 'page';
  /** The alias that matched, as the data writes it. */
  alias: string;
  /** With support "context": the words nearby that supported it, as the page writes them. */
  cue?: string;
}

/** An ambiguous name with no support in its block; the page may still support it. */
export interface Unresolved {
  start: number;
  end: number;
  candidates: number[];
  /** The alias each candidate claims the name by (same order as `candidates`). */
  aliases: string[];
  /** The owner to use when the alias is shared but always a name (no `needsContext`). */
  fallback: number | null;
}

export interface BlockMatches {
  hits: Hit[];
  unresolved: Unresolved[];
}

interface Candidate {
  start: number;
  end: number;
  exactLength: number;
  owners: AliasOwner[];
}

export class Matcher {
  readonly entities: readonly Entity[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Entities related to each entity, in either direction. */
  readonly related: ReadonlyArray<ReadonlySet<number>>;
  private prefilterCache: Prefilter | null | undefined;
  private readonly patterns: Pattern[];
  private readonly automaton: Automaton;

  constructor(entities: readonly Entity[]) {
    this.entities = entities;
    const indexOf = new Map(entities.map((e, i) => [e.id, i]));
    this.indexOf = indexOf;
    // Most entities of a large dataset have no relations: their set is shared and empty.
    const none: ReadonlySet<number> = new Set();
    const related: Array<Set<number> | undefined> = new Array(entities.length);
    const relate = (a: number, b: number) => {
      let set = related[a];
      if (!set) {
        set = new Set();
        related[a] = set;
      }
      set.add(b);
    };
    entities.forEach((e, i) => {
      for (const r of e.relations) {
        const j = indexOf.get(r.target);
        if (j === undefined || j === i) continue;
        relate(i, j);
        relate(j, i);
      }
    });
    this.related = Array.from(related, (set) => set ?? none);

    const byKey = new Map<string, Pattern>();
    const pattern = (normalized: string): Pattern => {
      const key = foldForMatch(normalized);
      let p = byKey.get(key);
      if (!p) {
        p = { length: key.length, owners: [], contextOf: null, excludeFor: null };
        byKey.set(key, p);
      }
      return p;
    };
    entities.forEach((e, entity) => {
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
        const owner: AliasOwner = {
          entity,
          alias: text,
          text: foldHan(text),
          caseSensitive: rule?.caseSensitive === true,
          needsContext: rule?.needsContext === true,
          shared: rule?.shared === true,
          versioned: rule?.versioned === true,
          exclusions: exclusions.length > 0 ? exclusions : null,
        };
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
    this.patterns = keys.map((k) => byKey.get(k) as Pattern);
    this.automaton = buildAutomaton(keys);
  }

  /**
   * A quick test for text where a name could be (null: read everything).
   * Built on first use, so building a matcher stays one short task.
   */
  get prefilter(): Prefilter | null {
    if (this.prefilterCache === undefined) this.prefilterCache = buildPrefilter(this.entities);
    return this.prefilterCache;
  }

  get patternCount(): number {
    return this.patterns.length;
  }

  /** Finds the names in one block of normalised text. */
  matchBlock(text: string): BlockMatches {
    const folded = foldForMatch(text);
    const candidates: Candidate[] = [];
    const context: Array<{ start: number; end: number; entity: number }> = [];
    const excluded: Array<{ start: number; end: number; entity: number }> = [];

    this.automaton.scan(folded, (id, end) => {
      const p = this.patterns[id] as Pattern;
      const start = end - p.length;
      if ((p.contextOf || p.excludeFor) && atWordBoundaries(text, start, end)) {
        for (const entity of p.contextOf ?? []) context.push({ start, end, entity });
        for (const entity of p.excludeFor ?? []) excluded.push({ start, end, entity });
      }
      if (p.owners.length === 0) return;
      // Owners of one pattern share its text but not necessarily its rules.
      const byEnd = new Map<number, AliasOwner[]>();
      for (const o of p.owners) {
        if (o.caseSensitive && foldHan(text.slice(start, end)) !== o.text) continue;
        const stop = end + (o.versioned ? versionSuffixLength(text, end) : 0);
        if (!atWordBoundaries(text, start, stop)) continue;
        if (o.exclusions?.some((x) => matchesExclusion(x, text, folded, start, end))) continue;
        const list = byEnd.get(stop) ?? [];
        list.push(o);
        byEnd.set(stop, list);
      }
      for (const [stop, owners] of byEnd) candidates.push({ start, end: stop, exactLength: p.length, owners });
    });

    const kept = candidates.filter(
      (c) => !excluded.some((x) => x.start <= c.start && x.end >= c.end && c.owners.some((o) => o.entity === x.entity)),
    );
    // Leftmost, then longest, then the exact alias over a versioned one.
    kept.sort((a, b) => a.start - b.start || b.end - a.end || b.exactLength - a.exactLength);
    const chosen: Candidate[] = [];
    let lastEnd = -1;
    for (const c of kept) {
      if (c.start < lastEnd) continue;
      chosen.push(c);
      lastEnd = c.end;
    }

    const hits: Hit[] = [];
    const ambiguous: Candidate[] = [];
    for (const c of chosen) {
      const first = c.owners[0] as AliasOwner;
      const sure = c.owners.every((o) => o.entity === first.entity) ? c.owners.find((o) => !o.needsContext) : undefined;
      if (sure) hits.push({ start: c.start, end: c.end, entity: sure.entity, support: 'confident', alias: sure.alias });
      else ambiguous.push(c);
    }
    // Names found unambiguously support the ambiguous ones; a name accepted
    // that way can in turn support another ("Musk said in a post on X").
    const supporters: Supporter[] = hits.slice();
    let open = ambiguous;
    for (let pass = 0; pass < 3 && open.length > 0; pass++) {
      const still: Candidate[] = [];
      for (const c of open) {
        let best: AliasOwner | null = null;
        let bestEvidence: Evidence | null = null;
        for (const o of c.owners) {
          const evidence = localSupport(this, text, o.entity, o.alias, c, context, supporters);
          if (evidence && evidence.score > (bestEvidence?.score ?? 0)) {
            best = o;
            bestEvidence = evidence;
          }
        }
        if (!best || !bestEvidence) still.push(c);
        else hits.push({ start: c.start, end: c.end, entity: best.entity, support: 'context', alias: best.alias, cue: bestEvidence.cue });
      }
      if (still.length === open.length) break;
      for (const h of hits) if (h.support === 'context' && !supporters.includes(h)) supporters.push(h);
      open = still;
    }
    const unresolved: Unresolved[] = open.map((c) => {
      const byEntity = new Map<number, string>();
      for (const o of c.owners) if (!byEntity.has(o.entity)) byEntity.set(o.entity, o.alias);
      return {
        start: c.start,
        end: c.end,
        candidates: [...byEntity.keys()],
        aliases: [...byEntity.values()],
        fallback: c.owners.every((o) => !o.needsContext) ? (c.owners[0] as AliasOwner).entity : null,
      };
    });
    hits.sort((a, b) => a.start - b.start);
    return { hits, unresolved };
  }

  /**
   * Decides an unresolved name from the rest of the page: it counts when the
   * page already has an accepted mention of a candidate, unless its block is a
   * lone label. Returns the entity index, or null.
   */
  resolveOnPage(u: Unresolved, blockLength: number, pageEntities: ReadonlySet<number>): number | null {
    const lone = blockLength <= u.end - u.start + LONE_BLOCK_SLACK;
    if (!lone) for (const e of u.candidates) if (pageEntities.has(e)) return e;
    return u.fallback;
  }
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
