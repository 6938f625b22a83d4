/**
 * The reference view of "where the reader reads": Mozilla Readability's
 * article extraction (the engine of Firefox Reader View), used only by the
 * quality report, never at run time. A mention counts as inside the article
 * when its text survives into Readability's article.
 *
 * Readability rebuilds parts of the tree (and may reparse the page when it
 * retries), so node identity is not kept; instead every mention's first
 * character is tagged in the page text with a private-use marker before
 * Readability runs, and the markers found in its article text tell which
 * mentions it kept.
 */
import { Readability } from '@mozilla/readability';
import type { Mention } from '../../lib/detect/page-scanner';

const OPEN = '\ue000';
const CLOSE = '\ue001';
const MARKER = /\ue000(\d+)\ue001/g;

/**
 * Runs Readability on `document` (which it changes: pass a document you are
 * done with) and returns, for each mention, whether it is in the article;
 * null when Readability finds no article at all.
 */
export function insideArticle(document: Document, mentions: readonly Mention[]): boolean[] | null {
  // Tag from the last mention of each text node back, so earlier offsets stay valid.
  const order = mentions.map((m, i) => ({ node: m.range.startContainer as Text, offset: m.range.startOffset, i }));
  order.sort((a, b) => (a.node === b.node ? b.offset - a.offset : 0));
  const byNode = new Map<Text, Array<{ offset: number; i: number }>>();
  for (const o of order) {
    const list = byNode.get(o.node) ?? [];
    list.push(o);
    byNode.set(o.node, list);
  }
  for (const [node, list] of byNode) {
    let data = node.data;
    for (const { offset, i } of list.sort((a, b) => b.offset - a.offset))
      data = `${data.slice(0, offset)}${OPEN}${i}${CLOSE}${data.slice(offset)}`;
    node.data = data;
  }
  let text: string | null | undefined;
  try {
    text = new Readability(document).parse()?.textContent;
  } catch {
    return null;
  }
  if (!text) return null;
  const inside = mentions.map(() => false);
  for (const m of text.matchAll(MARKER)) inside[Number(m[1])] = true;
  return inside;
}
