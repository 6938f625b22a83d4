/**
 * The text normalisation shared by the DOM text model and the dataset: what a
 * reader sees as one space is one space, and invisible break hints vanish.
 */
import { foldHan } from './han-fold';

/** The white space characters of isSpace, as the inside of a RegExp character class. */
export const SPACE_CHARS = ' \\t\\n\\v\\f\\r\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** The invisible characters of isInvisible, as the inside of a RegExp character class. */
export const INVISIBLE_CHARS = '\\u00ad\\u200b\\ufeff\\u2060';

/** Characters a browser renders as nothing: soft hyphen, zero-width space, BOM, word joiner. */
export function isInvisible(code: number): boolean {
  return code === 0x00ad || code === 0x200b || code === 0xfeff || code === 0x2060;
}

/** White space as a reader sees it, including no-break and ideographic spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

const NEEDS_NORMALIZING = new RegExp(`[${SPACE_CHARS.replace(' ', '')}${INVISIBLE_CHARS}]|  |^ | $`);

/** Collapses runs of white space to one space, drops invisible characters and trims. */
export function normalizeText(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isInvisible(code)) continue;
    if (isSpace(code)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += text[i];
  }
  return out;
}

/**
 * Lower-cases one UTF-16 unit at a time so offsets never shift (a few letters,
 * such as the Turkish dotted capital I, lower-case to two units: they are kept).
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}

/**
 * The form the matcher compares text in: letter case folded and traditional
 * Chinese folded to simplified, one UTF-16 unit to one (offsets never shift).
 */
export function foldForMatch(text: string): string {
  return foldHan(foldCase(text));
}
