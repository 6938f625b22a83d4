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
  // First the distinct anchors as plain keys (cheap), so a huge dataset gives up before building anything.
  const anchors = new Map<string, { word: string; exact: boolean; versioned: boolean; latin: boolean }>();
  for (const e of entities) {
    for (const alias of e.aliases) {
      const rule = toAliasRule(alias);
      const text = normalizeText(rule.text);
      if (!text) continue;
      const latin = LATIN_START.test(text);
      const word = latin ? (text.split(' ')[0] as string) : [...text].slice(0, 2).join('');
      const exact = latin && rule.caseSensitive === true;
      const versioned = latin && rule.versioned === true;
      anchors.set(`${exact ? word : word.toLowerCase()}|${exact}|${versioned}|${latin}`, { word, exact, versioned, latin });
    }
    if (anchors.size > MAX_ANCHORS) return null;
  }
  if (anchors.size === 0) return null;
  const sources = [...anchors.values()].map(({ word, exact, versioned, latin }) => {
    const body = exact ? word.replace(ESCAPE, '\\$&') : anyCase(word);
    // A word edge before; after, no letter (digits may follow a versioned name).
    return latin ? `\\b${body}${versioned ? '(?![A-Za-z])' : '(?![A-Za-z0-9_])'}` : body;
  });
  return new RegExp(sources.sort((a, b) => b.length - a.length).join('|'));
}
