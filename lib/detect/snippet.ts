import type { Mention } from './page-scanner';

/** The mention with a little of the text around it, on one line, for tables and lists. */
export function snippet(m: Mention, radius = 40): string {
  const text = m.block.text;
  const from = Math.max(0, m.start - radius);
  const to = Math.min(text.length, m.end + radius);
  return `${from > 0 ? '…' : ''}${text.slice(from, m.start)}[${text.slice(m.start, m.end)}]${text.slice(m.end, to)}${to < text.length ? '…' : ''}`;
}
