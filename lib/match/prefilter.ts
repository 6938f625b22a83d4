/**
 * A quick native test for "could a name start in this text?": one RegExp of
 * every alias's first word (first two characters for Chinese and Japanese
 * names), case-sensitive where the alias is. Text nodes that fail it cannot
 * hold the start of a mention, so only the blocks around the ones that pass
 * get the full treatment. It can only over-report, with one known blind
 * spot: a first word split by markup ("<b>Q</b>wen").
 */
import { toAliasRule } from '../dataset/aliases';
import type { Entity } from '../dataset/dataset';
import { normalizeText } from '../text/normalize';

/** Past this many anchors a RegExp costs more than it saves; every block is then read in full. */
export const MAX_ANCHORS = 3000;

const LATIN_START = /^[\p{Script=Latin}\p{N}_]/u;
const ESCAPE = /[.*+?^${}()|[\]\\/-]/g;

/** `[Qq][Ww]…` for a case-insensitive word, so one case-sensitive RegExp serves both kinds. */
function anyCase(word: string): string {
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const esc = (c: string) => c.replace(ESCAPE, '\\$&');
    out += lower !== upper && lower.length === 1 && upper.length === 1 ? `[${esc(lower)}${esc(upper)}]` : esc(ch);
  }
  return out;
}

export function buildPrefilter(entities: readonly Entity[]): RegExp | null {
  const anchors = new Set<string>();
  for (const e of entities) {
    for (const alias of e.aliases) {
      const rule = toAliasRule(alias);
      const text = normalizeText(rule.text);
      if (!text) continue;
      if (LATIN_START.test(text)) {
        const word = text.split(' ')[0] as string;
        const body = rule.caseSensitive ? word.replace(ESCAPE, '\\$&') : anyCase(word);
        // A word edge before; after, no letter (digits may follow a versioned name).
        anchors.add(`\\b${body}${rule.versioned ? '(?![A-Za-z])' : '(?![A-Za-z0-9_])'}`);
      } else {
        anchors.add(anyCase([...text].slice(0, 2).join('')));
      }
    }
  }
  if (anchors.size === 0 || anchors.size > MAX_ANCHORS) return null;
  return new RegExp([...anchors].sort((a, b) => b.length - a.length).join('|'));
}
