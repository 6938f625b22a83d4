/**
 * What supports an ambiguous name in its own block. Only evidence about the
 * entity itself counts fully: one of its context words (or a context phrase
 * that holds the name, "on X"), or a mention of the entity or of an entity
 * related to it, within CONTEXT_WINDOW characters.
 * Another known name counts, weakly, only when it is a peer listed with it
 * ("Apple and Microsoft", "Amazon, Google and Microsoft"): of the same
 * category, joined to it by nothing but list words, and never for people (a
 * bare surname next to a company proves nothing) nor for one-letter aliases.
 * A name that merely sits nearby ("Microsoft" near the "X" of "Xbox One X")
 * supports nothing.
 */
import type { Entity } from '../dataset/dataset';

/** How far (in characters, same block) a context word or related name may sit from an ambiguous name. */
export const CONTEXT_WINDOW = 250;

/** Only list words between two names: commas, "and", "or", "&", a slash, and their Chinese forms. */
const LIST_GAP = /^(?:\s*(?:,|，|、|&|\/|and|or|和|与|與|及|以及|或)\s*)+$/i;
/** A peer list's gap is short ("Amazon, Google and Microsoft"). */
const LIST_GAP_MAX = 12;

export interface Span {
  start: number;
  end: number;
  entity: number;
}

/** A name already accepted in the block. */
export type Supporter = Span;

export interface Evidence {
  /** 2 for the entity's own evidence, 1 for a peer in a list; more for several. */
  score: number;
  /** The words that gave the strongest support, as the page writes them. */
  cue: string;
}

export interface EvidenceTables {
  readonly entities: readonly Entity[];
  readonly related: ReadonlyArray<ReadonlySet<number>>;
}

/**
 * How strongly the text around `c` supports reading it as `entity` (null:
 * not at all). `context` holds the context words found in the block, for
 * the entities they belong to; `supporters` the names accepted so far.
 */
export function localSupport(
  tables: EvidenceTables,
  text: string,
  entity: number,
  alias: string,
  c: { start: number; end: number },
  context: readonly Span[],
  supporters: readonly Supporter[],
): Evidence | null {
  const from = c.start - CONTEXT_WINDOW;
  const to = c.end + CONTEXT_WINDOW;
  const outside = (s: number, e: number) => e <= c.start || s >= c.end;
  const distance = (x: Span) => (x.end <= c.start ? c.start - x.end : x.start - c.end);
  let score = 0;
  let strongest: Span | null = null;
  let strongestWeight = 0;
  const count = (x: Span, weight: number) => {
    score += weight;
    if (weight > strongestWeight || (weight === strongestWeight && strongest && distance(x) < distance(strongest))) {
      strongest = x;
      strongestWeight = weight;
    }
  };
  // A context phrase that holds the name itself ("posted on X", "Meta Quest") is the clearest evidence of all.
  const around = (s: number, e: number) => s <= c.start && e >= c.end && e - s > c.end - c.start;
  for (const x of context) {
    if (x.entity !== entity || x.start < from || x.end > to) continue;
    if (outside(x.start, x.end) || around(x.start, x.end)) count(x, 2);
  }
  const related = tables.related[entity];
  const self = tables.entities[entity];
  const peersCount = self !== undefined && self.category !== 'person' && [...alias].length > 1;
  for (const h of supporters) {
    if (h.start < from || h.end > to || !outside(h.start, h.end)) continue;
    if (h.entity === entity || related?.has(h.entity)) count(h, 2);
    else if (peersCount && tables.entities[h.entity]?.category === self.category && listedWith(text, c, h)) count(h, 1);
  }
  if (!strongest) return null;
  const cue = strongest as Span;
  return { score, cue: text.slice(cue.start, cue.end) };
}

/** True when only list words separate the two names. */
function listedWith(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const gap = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return gap.length <= LIST_GAP_MAX && LIST_GAP.test(gap);
}
