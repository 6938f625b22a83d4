/**
 * A quick native test for "could a name be here?": regular expressions of
 * one word of every alias (its longest; the first two characters for Chinese
 * and Japanese names), case-sensitive where the alias is. A mention never
 * crosses a block, so only the blocks around text nodes that pass need the
 * full treatment. It can only over-report, with one known blind spot: that
 * word split by markup ("<b>Q</b>wen").
 */
import { toAliasRule } from '../dataset/aliases';
import type { Entity } from '../dataset/dataset';
import { foldHan } from '../text/han-fold';
import { normalizeText } from '../text/normalize';

/** Past this many anchors a RegExp costs more than it saves; every block is then read in full. */
export const MAX_ANCHORS = 3000;

/** Words common in company and product names that say little on their own. */
const GENERIC = new Set(
  (
    'the of for and a an inc ltd co corp corporation company group holding holdings technology technologies global ' +
    'international financial services service platform platforms academy laboratory laboratories lab labs team teams ' +
    'code editor morning post news media cloud ai app apps model models knowledge intelligence chat research systems'
  ).split(' '),
);

const LATIN_START = /^[\p{Script=Latin}\p{N}_]/u;
const ESCAPE = /[.*+?^${}()|[\]\\/-]/g;
/**
 * Letters of the scripts after Latin (Greek to Hangul, CJK, kana, full-width forms), not
 * punctuation, symbols or emoji: text without them cannot hold a non-Latin name.
 */
const NON_LATIN = /[\u0370-\u1fff\u2e80-\ud7ff\uf900-\uffef]/;

export interface Prefilter {
  /** True when a name could start somewhere in `text`. */
  test(text: string): boolean;
}

export function buildPrefilter(entities: readonly Entity[]): Prefilter | null {
  // Plain keys first (cheap), so a huge dataset gives up before building anything.
  const anyCaseWords = new Set<string>();
  const exactWords = new Set<string>();
  const cjkStarts = new Set<string>();
  for (const e of entities) {
    for (const alias of e.aliases) {
      const rule = toAliasRule(alias);
      const text = normalizeText(rule.text);
      if (!text) continue;
      if (!LATIN_START.test(text)) {
        cjkStarts.add([...text].slice(0, 2).join(''));
        continue;
      }
      // Any word of the name will do (a mention never leaves its block), so
      // take the most telling: the longest that is not a generic word.
      const words = text.split(' ');
      const telling = words.filter((w) => !GENERIC.has(w.toLowerCase()));
      const word = (telling.length > 0 ? telling : words).reduce((a, b) => (b.length >= a.length ? b : a));
      if (rule.caseSensitive) exactWords.add(word);
      else anyCaseWords.add(word.toLowerCase());
    }
    if (anyCaseWords.size + exactWords.size + cjkStarts.size > MAX_ANCHORS) return null;
  }
  const alternatives = (words: Set<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(ESCAPE, '\\$&'));
  // Two expressions, because the `i` flag is what keeps a large alternation fast:
  // names in any case, then names only as written.
  // A letter right after means a longer word ("Anticipo" is not "Ant"); digits may follow a versioned name.
  const anyCase = anyCaseWords.size ? new RegExp(`\\b(?:${alternatives(anyCaseWords).join('|')})(?![a-z])`, 'i') : null;
  const exact = exactWords.size ? new RegExp(`\\b(?:${alternatives(exactWords).join('|')})(?![A-Za-z])`) : null;
  // Chinese (and other non-Latin) starts in a third, tested only on text outside Latin script, folded to
  // simplified characters as the matcher reads it (so 智譜 passes for 智谱).
  const other = cjkStarts.size ? new RegExp(alternatives(new Set([...cjkStarts].map(foldHan))).join('|'), 'i') : null;
  if (!anyCase && !exact && !other) return null;
  return {
    test: (text) =>
      (anyCase?.test(text) ?? false) ||
      (exact?.test(text) ?? false) ||
      (other !== null && NON_LATIN.test(text) && other.test(foldHan(text))),
  };
}
