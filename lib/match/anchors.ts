/**
 * Anchors: one word of every alias, hashed, as a sorted set small enough to
 * read in every frame. It answers "could any of these names be in this text?"
 * for a dataset far too large for the prefilter's regular expressions, and
 * with no false negatives within a block, so a frame can leave a large index
 * in storage until its text needs it (index-head.ts).
 *
 * Which word: for an alias with words (runs of word characters, as
 * boundaries.ts counts them), its most telling one. A match stands on word
 * boundaries, so in the text that word is a whole run of its own; only the
 * alias's last word may be followed by a version number ("Qwen" in "Qwen3").
 * A text run is therefore probed as it is and without its trailing digits.
 * An alias that starts in Chinese or Japanese (or has no word) is anchored
 * on its first two code units, which the text is probed for at every
 * character that is not a word character or a space. Everything is probed folded (foldForMatch).
 */
import { fromBase64, toBase64 } from '../codec/base64';
import { isWordCode } from './boundaries';

/** Words that say little on their own ("Vorkalin Labs" is anchored on "vorkalin"). */
const GENERIC = new Set(
  'the of for and a an inc ltd co corp company group holdings technology technologies labs lab team ai app models model cloud media systems'.split(
    ' ',
  ),
);

/** What a large index carries of its names, as stored. */
export interface AnchorSource {
  /** base64 of the sorted, distinct 32-bit hashes of the anchors. */
  hashes: string;
  /** Whether any anchor is a single code unit (a one-character name), which the text is then probed for too. */
  single: boolean;
}

export interface Anchors {
  /** True when a name could be in `folded` (text folded with foldForMatch). */
  test(folded: string): boolean;
  readonly size: number;
}

/** FNV-1a over code units [start, end), finished with murmur3's mixer. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// isWordCode runs a regular expression outside ASCII: remembered per code unit (0 unknown, 1 word, 2 not).
const wordTable = new Uint8Array(65536);
function isWord(code: number): boolean {
  let w = wordTable[code] as number;
  if (w === 0) {
    w = isWordCode(code) ? 1 : 2;
    wordTable[code] = w;
  }
  return w === 1;
}

const isSpace = (code: number) => code <= 0x20 || code === 0xa0 || code === 0x3000;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The anchor of one folded alias, as [start, end) in it, or null for an empty one. */
export function anchorOf(folded: string): [number, number] | null {
  if (folded.length === 0) return null;
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < folded.length; ) {
    if (!isWord(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < folded.length && isWord(folded.charCodeAt(i))) i++;
    runs.push([start, i]);
  }
  // Chinese or Japanese first (no word characters as boundaries.ts counts them), or no word at all: the first two
  // characters, as telling as anything after them ("澜琨煜3uw" is not anchored on "3uw", which a page may well hold).
  const first = folded.charCodeAt(0);
  if (runs.length === 0 || (!isWord(first) && first > 0x7f)) return [0, Math.min(2, folded.length)];
  const telling = runs.filter(([s, e]) => !GENERIC.has(folded.slice(s, e)));
  const pool = telling.length > 0 ? telling : runs;
  return pool.reduce((best, run) => (run[1] - run[0] > best[1] - best[0] ? run : best));
}

/** The anchors of a dataset's folded aliases. */
export function buildAnchors(folded: Iterable<string>): AnchorSource {
  const set = new Set<number>();
  let single = false;
  for (const alias of folded) {
    const at = anchorOf(alias);
    if (!at) continue;
    if (at[1] - at[0] === 1 && !isWord(alias.charCodeAt(at[0]))) single = true;
    set.add(hashRange(alias, at[0], at[1]));
  }
  const sorted = Uint32Array.from([...set].sort((a, b) => a - b));
  return { hashes: toBase64(new Uint8Array(sorted.buffer)), single };
}

/** Reads stored anchors; throws on anything that is not a set of hashes. */
export function anchorsFrom(source: AnchorSource): Anchors {
  const bytes = fromBase64(source.hashes);
  if (bytes.length % 4 !== 0) throw new Error('anchors: not a list of 32-bit hashes');
  const set = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  for (let i = 1; i < set.length; i++) if ((set[i] as number) <= (set[i - 1] as number)) throw new Error('anchors: not sorted');
  const has = (h: number) => {
    let lo = 0;
    let hi = set.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = set[mid] as number;
      if (v === h) return true;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  const single = source.single;
  return {
    size: set.length,
    test(text) {
      const n = text.length;
      for (let i = 0; i < n; ) {
        const c = text.charCodeAt(i);
        if (isWord(c)) {
          const start = i;
          while (i < n && isWord(text.charCodeAt(i))) i++;
          if (has(hashRange(text, start, i))) return true;
          let end = i;
          while (end > start && isDigit(text.charCodeAt(end - 1))) end--;
          if (end > start && end < i && has(hashRange(text, start, end))) return true;
          continue;
        }
        if (!isSpace(c)) {
          if (i + 1 < n && has(hashRange(text, i, i + 2))) return true;
          if (single && has(hashRange(text, i, i + 1))) return true;
        }
        i++;
      }
      return false;
    },
  };
}
