/**
 * Simplified and traditional Chinese read as one: authors list a name once
 * (智谱), pages in Hong Kong and Taiwan write it 智譜. Folding maps each
 * traditional character to its simplified form, one UTF-16 unit to one, so
 * an offset in folded text is the same offset in the page's text.
 */
import { SIMPLIFIED, TRADITIONAL } from './han-table';

/** Simplified code unit for each traditional one (0: not folded), indexed by code unit; built on first use. */
let lookup: Uint16Array | null = null;
/** The lowest code unit the table folds: anything below it is left as it is without a look-up. */
const FIRST_HAN = 0x3400;
/** CJK ideographs, where every folded character lies (a test checks it). */
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

function codes(): Uint16Array {
  if (!lookup) {
    lookup = new Uint16Array(0x10000);
    for (let i = 0; i < TRADITIONAL.length; i++) lookup[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);
  }
  return lookup;
}

/** `text` with every traditional character replaced by its simplified form; same length. */
export function foldHan(text: string): string {
  // Most text has no ideograph at all: one native test, and no loop.
  if (!HAN.test(text)) return text;
  const map = codes();
  const n = text.length;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= FIRST_HAN && map[c] !== 0) break;
  }
  if (i === n) return text;
  let out = text.slice(0, i);
  let from = i;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const s = c >= FIRST_HAN ? (map[c] as number) : 0;
    if (s === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(s);
    from = i + 1;
  }
  return out + text.slice(from);
}
