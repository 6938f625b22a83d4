/**
 * Anchors: one word of every alias, hashed into a sorted set. They answer
 * "could a name be in this text?" with one pass over it and a look-up per
 * word, whatever the number of names, and never say no to text the matcher
 * would find a name in (within one text node, as the prefilter). A large
 * stored index carries them in its head (index-head.ts): all a frame reads of
 * it until its text holds one, and they are the prefilter of an index too
 * large for the prefilter's regular expressions (prefilter.ts MAX_ANCHORS);
 * below that the regular expressions are faster in Chromium (measured).
 *
 * Which word: for an alias with words (runs of word characters, as
 * boundaries.ts counts them), its most telling one. A match stands on word
 * boundaries, so in the text that word is a whole run of its own; only the
 * alias's last word may be followed by a version number ("Qwen" in "Qwen3").
 * A text run is therefore probed as it is and without its trailing digits.
 * Case: an alias that matches in any case is hashed folded (foldForMatch);
 * one that matches only as written ("Meta", "X") is hashed as written
 * (Chinese folded), so "a metaphor about meta tags" passes as it should.
 * An alias that starts in Chinese or Japanese (or has no word) is anchored
 * on its first two code units, which the text is probed for at every
 * character that is not a word character or a space.
 */
import { fromBase64, toBase64 } from '../codec/base64';
import { finish } from '../codec/hash';
import { foldHan } from '../text/han-fold';
import { isWordCode } from './boundaries';

/** Words that say little on their own ("Vorkalin Labs" is anchored on "vorkalin"). */
const GENERIC = new Set(
  (
    'the of for and a an inc ltd co corp corporation company group holding holdings technology technologies global ' +
    'international financial services service platform platforms academy laboratory laboratories lab labs team teams ' +
    'code editor morning post news media cloud ai app apps model models knowledge intelligence chat research systems'
  ).split(' '),
);

/** What an index carries of its names, as stored. */
export interface AnchorSource {
  /** base64 of the sorted, distinct 32-bit hashes of the anchors. */
  hashes: string;
  /** Whether any anchor is a single code unit (a one-character name), which the text is then probed for too. */
  single: boolean;
  /** Whether any anchor is case-sensitive, which each word of the text is then probed for as written too. */
  exact: boolean;
}

/** An alias as the matcher reads it: normalised, Chinese folded (the records' `text`), and whether case counts. */
export interface AnchorAlias {
  text: string;
  caseSensitive: boolean;
}

export interface Anchors {
  /** True when a name could be in `text` (as the page has it: folding is done here). */
  test(text: string): boolean;
  readonly size: number;
}

// Per code unit, filled in on first sight: the folded form (case and Chinese; 0 = not yet known), the
// Chinese-only form (as written), and whether it is a word character (0 unknown, 1 word, 2 not).
const folded = new Uint16Array(65536);
const written = new Uint16Array(65536);
const wordKind = new Uint8Array(65536);
function learn(c: number): void {
  const ch = String.fromCharCode(c);
  const han = c >= 0x3400 ? foldHan(ch) : ch;
  const lower = c >= 0xd800 && c <= 0xdfff ? han : han.toLowerCase();
  written[c] = han.charCodeAt(0);
  folded[c] = (lower.length === 1 ? lower : han).charCodeAt(0);
  wordKind[c] = isWordCode(c) ? 1 : 2;
}
const foldOf = (c: number) => {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  if (folded[c] === 0) learn(c);
  return folded[c] as number;
};
const asWritten = (c: number) => {
  if (c < 0x3400) return c;
  if (folded[c] === 0) learn(c);
  return written[c] as number;
};
const isWord = (c: number) => {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
  if (wordKind[c] === 0) learn(c);
  return wordKind[c] === 1;
};
const isSpace = (c: number) => c <= 0x20 || c === 0xa0 || c === 0x3000;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

// FNV-1a over code units, a different start for folded and as-written hashes, finished with murmur3's mixer.
const FOLDED = 0x811c9dc5;
const WRITTEN = 0x01c9dc58;
const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

/** The hash of [start, end) of `text`, folded or as written. */
export function anchorHash(text: string, start: number, end: number, caseSensitive: boolean): number {
  let h = caseSensitive ? WRITTEN : FOLDED;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h = step(h, caseSensitive ? asWritten(c) : foldOf(c));
  }
  return finish(h);
}

/** The anchor of one alias, as [start, end) in it, or null for an empty one. */
export function anchorOf(alias: string): [number, number] | null {
  if (alias.length === 0) return null;
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < alias.length; ) {
    if (!isWord(alias.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < alias.length && isWord(alias.charCodeAt(i))) i++;
    runs.push([start, i]);
  }
  // Chinese or Japanese first, or no word at all: the first two characters, as telling as anything after
  // them ("澜琨煜3uw" is not anchored on "3uw", which a page may well hold).
  const first = alias.charCodeAt(0);
  if (runs.length === 0 || (!isWord(first) && first > 0x7f)) return [0, Math.min(2, alias.length)];
  const telling = runs.filter(([s, e]) => !GENERIC.has(alias.slice(s, e).toLowerCase()));
  const pool = telling.length > 0 ? telling : runs;
  return pool.reduce((best, run) => (run[1] - run[0] > best[1] - best[0] ? run : best));
}

/** The anchors of a dataset's aliases. */
export function buildAnchors(aliases: Iterable<AnchorAlias>): AnchorSource {
  const set = new Set<number>();
  let single = false;
  let exact = false;
  for (const { text, caseSensitive } of aliases) {
    const at = anchorOf(text);
    if (!at) continue;
    const word = isWord(text.charCodeAt(at[0]));
    if (at[1] - at[0] === 1 && !word) single = true;
    // Two characters of Chinese have no case; only words are held to it.
    const cased = caseSensitive && word;
    if (cased) exact = true;
    set.add(anchorHash(text, at[0], at[1], cased));
  }
  const sorted = Uint32Array.from([...set].sort((a, b) => a - b));
  return { hashes: toBase64(new Uint8Array(sorted.buffer)), single, exact };
}

/** Reads stored anchors; throws on anything that is not a sorted set of hashes. */
export function anchorsFrom(source: AnchorSource): Anchors {
  const bytes = fromBase64(source.hashes);
  if (bytes.length % 4 !== 0) throw new Error('anchors: not a list of 32-bit hashes');
  const list = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  for (let i = 1; i < list.length; i++) if ((list[i] as number) <= (list[i - 1] as number)) throw new Error('anchors: not sorted');
  // An open-addressing table twice the set's size: one or two probes a look-up.
  let bits = 4;
  while (1 << bits < list.length * 2) bits++;
  const mask = (1 << bits) - 1;
  const slots = new Uint32Array(1 << bits);
  const used = new Uint8Array(1 << bits);
  for (const h of list) {
    let i = h & mask;
    while (used[i] === 1) i = (i + 1) & mask;
    used[i] = 1;
    slots[i] = h;
  }
  const has = (raw: number) => {
    const h = finish(raw);
    for (let i = h & mask; used[i] === 1; i = (i + 1) & mask) if (slots[i] === h) return true;
    return false;
  };
  const { single, exact } = source;
  return {
    size: list.length,
    test(text) {
      const n = text.length;
      for (let i = 0; i < n; ) {
        const c = text.charCodeAt(i);
        if (isWord(c)) {
          // One pass over the run: its hashes folded and as written, and both again before trailing digits.
          let f = FOLDED;
          let w = WRITTEN;
          let fBefore = 0;
          let wBefore = 0;
          let digits = false;
          const start = i;
          for (; i < n; i++) {
            const k = text.charCodeAt(i);
            if (!isWord(k)) break;
            if (isDigit(k)) {
              if (!digits && i > start) {
                fBefore = f;
                wBefore = w;
              }
              digits = true;
            } else digits = false;
            f = step(f, foldOf(k));
            if (exact) w = step(w, asWritten(k));
          }
          if (has(f) || (exact && has(w))) return true;
          if (digits && fBefore !== 0 && (has(fBefore) || (exact && has(wBefore)))) return true;
          continue;
        }
        if (!isSpace(c)) {
          const a = foldOf(c);
          if (i + 1 < n && has(step(step(FOLDED, a), foldOf(text.charCodeAt(i + 1))))) return true;
          if (single && has(step(FOLDED, a))) return true;
        }
        i++;
      }
      return false;
    },
  };
}
