/**
 * Exclusion patterns: an alias rule's `exclude` entries are phrases that
 * contain the alias and are never a mention of it. A phrase may hold slots
 * that stand for one word of the page:
 *
 *   {Name}    a capitalised or camel-case word ("One", "Series", "iPhone")
 *             that does not start a sentence and is not a possessive
 *   {word}    any one word
 *   {number}  a run of digits
 *
 * so "{Name} X" covers "Xbox One X", "Series X" and "Model X" at once while
 * "On X, Musk wrote" and "posted on X" stay mentions. Phrases without slots
 * are matched as written (any letter case). The parsed form is plain data,
 * so a compiled matcher can be stored and loaded as it is.
 */

export const SLOTS = ['Name', 'word', 'number'] as const;
export type Slot = (typeof SLOTS)[number];

/** One piece of a pattern: text to match (any case) or a slot for one word. */
export type PatternPiece = { text: string } | { slot: Slot };

/** A pattern as pieces around the alias: `before` read backwards from the alias, `after` forwards. */
export interface ExclusionPattern {
  before: PatternPiece[];
  after: PatternPiece[];
}

export type ParsedExclusion = { ok: true; pattern: ExclusionPattern | null } | { ok: false; message: string };

const SLOT = /\{([^{}]*)\}/g;

/** True when the phrase uses slots (and so is not matched as plain text). */
export function hasSlots(phrase: string): boolean {
  return phrase.includes('{') || phrase.includes('}');
}

/**
 * Parses one `exclude` entry for an alias. `fold` is how the matcher
 * compares text (case and script folded); `pattern` is null for a phrase
 * without slots. Errors say what is wrong in words a data author can act on.
 */
export function parseExclusion(phrase: string, alias: string, fold: (s: string) => string): ParsedExclusion {
  const pieces: PatternPiece[] = [];
  let last = 0;
  for (const m of phrase.matchAll(SLOT)) {
    if (m.index > last) pieces.push({ text: phrase.slice(last, m.index) });
    const name = m[1] as string;
    if (!(SLOTS as readonly string[]).includes(name))
      return { ok: false, message: `has an unknown slot {${name}}; use ${SLOTS.map((s) => `{${s}}`).join(', ')}` };
    const previous = pieces[pieces.length - 1];
    if (previous && 'slot' in previous) return { ok: false, message: 'has two slots in a row; put text (a space) between them' };
    pieces.push({ slot: name as Slot });
    last = m.index + m[0].length;
  }
  if (last < phrase.length) pieces.push({ text: phrase.slice(last) });
  if (pieces.some((p) => 'text' in p && hasSlots(p.text))) return { ok: false, message: 'has an unmatched { or }' };
  const key = fold(alias);
  const at = pieces.findIndex((p) => 'text' in p && fold(p.text).includes(key));
  if (at < 0) return { ok: false, message: `must contain the alias "${alias}" outside its {…} slots` };
  if (pieces.length === 1) return { ok: true, pattern: null };
  const holder = pieces[at] as { text: string };
  const offset = fold(holder.text).indexOf(key);
  const head = holder.text.slice(0, offset);
  const tail = holder.text.slice(offset + alias.length);
  const before = [...pieces.slice(0, at), ...(head ? [{ text: head }] : [])].reverse();
  const after = [...(tail ? [{ text: tail }] : []), ...pieces.slice(at + 1)];
  return { ok: true, pattern: { before, after } };
}
