/**
 * Simplified and traditional Chinese read as one: authors list a name once
 * (智谱), pages in Hong Kong and Taiwan write it 智譜. Folding maps each
 * traditional character to its simplified form, one UTF-16 unit to one, so
 * an offset in folded text is the same offset in the page's text.
 */
import { SIMPLIFIED, TRADITIONAL } from './han-table';

let toSimplified: Map<string, string> | null = null;
let variants: Map<string, string[]> | null = null;
let traditionalChar: RegExp | null = null;

function table(): Map<string, string> {
  if (!toSimplified) {
    toSimplified = new Map();
    for (let i = 0; i < TRADITIONAL.length; i++) toSimplified.set(TRADITIONAL[i] as string, SIMPLIFIED[i] as string);
  }
  return toSimplified;
}

/** Matches any character the table folds; built on first use (the class is long). */
function traditional(): RegExp {
  traditionalChar ??= new RegExp(`[${TRADITIONAL}]`, 'g');
  return traditionalChar;
}

/** `text` with every traditional character replaced by its simplified form; same length. */
export function foldHan(text: string): string {
  const re = traditional();
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  const map = table();
  re.lastIndex = 0;
  return text.replace(re, (ch) => map.get(ch) ?? ch);
}

/** The character itself and every traditional form that folds to it ("谱" gives 谱, 譜). */
export function hanVariants(ch: string): string[] {
  if (!variants) {
    variants = new Map();
    for (let i = 0; i < SIMPLIFIED.length; i++) {
      const s = SIMPLIFIED[i] as string;
      const list = variants.get(s) ?? [];
      list.push(TRADITIONAL[i] as string);
      variants.set(s, list);
    }
  }
  const simple = table().get(ch) ?? ch;
  return [simple, ...(variants.get(simple) ?? [])];
}
