/**
 * The matcher: every alias, context word and exclusion phrase of a dataset in
 * one automaton, plus the rules the data carries (case, boundaries, versions,
 * context). It works on the text of one block at a time; the page-level step
 * (does the rest of the page support an ambiguous name?) is `resolveOnPage`.
 */
import type { Entity } from '../dataset/dataset';
import { foldHan } from '../text/han-fold';
import { foldForMatch } from '../text/normalize';
import type { Automaton } from './automaton';
import { atWordBoundaries, versionSuffixLength } from './boundaries';
import { type Evidence, type EvidenceTables, localSupport, type Supporter } from './evidence';
import { matchesExclusion } from './exclusions';
import type { Prefilter } from './prefilter';
import { type AliasOwner, buildTables, type MatchEntity, type MatcherTables } from './tables';

export type { AliasOwner, MatchEntity, Pattern } from './tables';

/** A block at most this much longer than the name is a lone label (a sidebar heading "Meta"): the page alone does not support it. */
export const LONE_BLOCK_SLACK = 12;

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

const NO_RELATED: ReadonlySet<number> = new Set();

export class Matcher {
  readonly tables: MatcherTables;
  private indexCache: Map<string, number> | null = null;
  private entityCache: MatchEntity[] | null = null;
  private readonly relatedCache: Array<ReadonlySet<number> | undefined> = [];
  private prefilterCache: Prefilter | null | undefined;
  /** What the evidence rules read of the entities: categories and relations, one by one. */
  private readonly evidence: EvidenceTables = {
    category: (entity) => (entity >= 0 && entity < this.tables.entityCount ? this.tables.entity(entity).category : undefined),
    related: (entity) => this.relatedOf(entity),
  };

  /** From a dataset (built now), or from tables already built or loaded from a compiled index. */
  constructor(source: readonly Entity[] | MatcherTables) {
    this.tables = Array.isArray(source) ? buildTables(source as readonly Entity[]) : (source as MatcherTables);
  }

  /** The entity at `index` (what a mention carries). */
  entity(index: number): MatchEntity {
    return this.tables.entity(index);
  }

  /** Every entity, by index. Decodes them all: for tools and tests; the page reads them one by one. */
  get entities(): readonly MatchEntity[] {
    this.entityCache ??= Array.from({ length: this.tables.entityCount }, (_, i) => this.tables.entity(i));
    return this.entityCache;
  }

  /** Entity index by id (built on first use). */
  get indexOf(): ReadonlyMap<string, number> {
    if (!this.indexCache) {
      const map = new Map<string, number>();
      for (let i = 0; i < this.tables.entityCount; i++) map.set(this.tables.entity(i).id, i);
      this.indexCache = map;
    }
    return this.indexCache;
  }

  /** Entities related to `entity`, in either direction. */
  relatedOf(entity: number): ReadonlySet<number> {
    let set = this.relatedCache[entity];
    if (!set) {
      const list = this.tables.relatedOf(entity);
      set = list.length > 0 ? new Set(list) : NO_RELATED;
      this.relatedCache[entity] = set;
    }
    return set;
  }

  /** A quick test for text where a name could be (null: read everything). Built on first use. */
  get prefilter(): Prefilter | null {
    if (this.prefilterCache === undefined) this.prefilterCache = this.tables.prefilter();
    return this.prefilterCache;
  }

  get patternCount(): number {
    return this.tables.patternCount;
  }

  private get automaton(): Automaton {
    return this.tables.automaton();
  }

  /** Finds the names in one block of normalised text. */
  matchBlock(text: string): BlockMatches {
    const folded = foldForMatch(text);
    const candidates: Candidate[] = [];
    const spans = new Map<string, Candidate>();
    const context: Array<{ start: number; end: number; entity: number }> = [];
    const excluded: Array<{ start: number; end: number; entity: number }> = [];

    this.automaton.scan(folded, (id, end) => {
      const p = this.tables.pattern(id);
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
      for (const [stop, owners] of byEnd) {
        // The same alias in two layered datasets (both marked shared) is one candidate with both owners.
        const key = `${start}:${stop}:${p.length}`;
        const same = spans.get(key);
        if (same) same.owners = [...same.owners, ...owners];
        else {
          const c = { start, end: stop, exactLength: p.length, owners };
          spans.set(key, c);
          candidates.push(c);
        }
      }
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
          const evidence = localSupport(this.evidence, text, o.entity, o.alias, c, context, supporters);
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
  resolveOnPage(u: Unresolved, blockLength: number, pageEntities: { has(entity: number): boolean }): number | null {
    const lone = blockLength <= u.end - u.start + LONE_BLOCK_SLACK;
    if (!lone) for (const e of u.candidates) if (pageEntities.has(e)) return e;
    return u.fallback;
  }
}
