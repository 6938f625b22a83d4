/**
 * Matching an exclusion pattern (lib/dataset/exclusion-pattern.ts) around
 * one candidate: the pieces before the alias are read backwards from its
 * start, the pieces after it forwards from its end. Linear in the pattern,
 * no regular expression built from data.
 */
import type { ExclusionPattern, PatternPiece } from '../dataset/exclusion-pattern';
import { atWordBoundaries, isWordCode } from './boundaries';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** What ends a sentence, or opens a quotation or a parenthesis, before a word. */
const SENTENCE_BREAK = /[.!?:;"“”«»(\u3002\uff01\uff1f\uff1a\uff1b]/;

function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
  return i;
}

function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  return i;
}

/** "One", "Series", "iPhone": upper case first, or lower then upper (camel case). */
function looksLikeName(word: string): boolean {
  if (UPPER.test(word[0] as string)) return true;
  for (let i = 1; i < word.length; i++) if (UPPER.test(word[i] as string) && LOWER.test(word[i - 1] as string)) return true;
  return false;
}

/** True when the word starting at `start` is the first of its sentence (or block). */
function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  return i < 0 || SENTENCE_BREAK.test(text[i] as string);
}

function digitsOnly(word: string): boolean {
  return /^\d+$/.test(word);
}

/**
 * Where the piece starts when it ends at `end`, or -1. `folded` is the text
 * as the matcher compares it; a piece's text is stored folded the same way.
 */
function backwards(piece: PatternPiece, text: string, folded: string, end: number): number {
  if ('text' in piece) {
    const start = end - piece.text.length;
    return start >= 0 && folded.startsWith(piece.text, start) ? start : -1;
  }
  const start = wordStart(text, end);
  if (start === end) return -1;
  const word = text.slice(start, end);
  if (piece.slot === 'number') return digitsOnly(word) ? start : -1;
  if (piece.slot === 'Name') return looksLikeName(word) && !startsSentence(text, start) ? start : -1;
  return start;
}

/** Where the piece ends when it starts at `start`, or -1. */
function forwards(piece: PatternPiece, text: string, folded: string, start: number): number {
  if ('text' in piece) return folded.startsWith(piece.text, start) ? start + piece.text.length : -1;
  const end = wordEnd(text, start);
  if (end === start) return -1;
  const word = text.slice(start, end);
  if (piece.slot === 'number') return digitsOnly(word) ? end : -1;
  if (piece.slot === 'Name') return looksLikeName(word) ? end : -1;
  return end;
}

/** True when the pattern holds around the candidate [start, end). */
export function matchesExclusion(pattern: ExclusionPattern, text: string, folded: string, start: number, end: number): boolean {
  let from = start;
  for (const piece of pattern.before) {
    from = backwards(piece, text, folded, from);
    if (from < 0) return false;
  }
  let to = end;
  for (const piece of pattern.after) {
    to = forwards(piece, text, folded, to);
    if (to < 0) return false;
  }
  return atWordBoundaries(text, from, to);
}
