/**
 * Word boundaries for scripts that separate words with spaces. Chinese,
 * Japanese and Korean characters never count as word characters here: an
 * alias next to them matches (there are no spaces to wait for).
 */
const WORD = /[\p{L}\p{N}\p{M}_]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
  }
  if (code >= 0xd800 && code <= 0xdfff) return false;
  const ch = String.fromCharCode(code);
  return WORD.test(ch) && !CJK.test(ch);
}

/** True when [start, end) in `text` is not glued to a word character on a side where the phrase itself has one. */
export function atWordBoundaries(text: string, start: number, end: number): boolean {
  if (start > 0 && isWordCode(text.charCodeAt(start)) && isWordCode(text.charCodeAt(start - 1))) return false;
  if (end < text.length && isWordCode(text.charCodeAt(end - 1)) && isWordCode(text.charCodeAt(end))) return false;
  return true;
}

/**
 * Length of a version number glued to the end of a name: "2.5" in "Qwen2.5",
 * "3" in "Qwen3-Coder". A trailing dot is punctuation, not part of it.
 */
export function versionSuffixLength(text: string, end: number): number {
  let i = end;
  const digit = (k: number) => {
    const c = text.charCodeAt(k);
    return c >= 0x30 && c <= 0x39;
  };
  if (!digit(i)) return 0;
  while (i < text.length && digit(i)) i++;
  while (text.charCodeAt(i) === 0x2e && digit(i + 1)) {
    i++;
    while (i < text.length && digit(i)) i++;
  }
  return i - end;
}
