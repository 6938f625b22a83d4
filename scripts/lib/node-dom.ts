/**
 * Parses pages into a DOM in Node with happy-dom, with scripts, styles,
 * frames and network off: the scan command reads pages, it never runs them.
 */
import { Window } from 'happy-dom';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';

const SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableComputedStyleRendering: true,
  disableIframePageLoading: true,
  handleDisabledFileLoadingAsSuccess: true,
};

export function newWindow(): Window {
  return new Window({ settings: SETTINGS });
}

/** True when the text looks like an HTML document or fragment rather than plain prose. */
export function looksLikeHtml(name: string, text: string): boolean {
  if (/\.(x?html?|xht)$/i.test(name)) return true;
  if (/\.(txt|text|md)$/i.test(name)) return false;
  return /^\s*(<!doctype html|<html|<head|<body|<(p|div|article|section|main)[\s>])/i.test(text);
}

/** Plain text becomes one paragraph per line, so lines never run together. */
export function textToHtml(text: string): string {
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html><html><body>${text
    .split(/\r?\n/)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n')}</body></html>`;
}

type AstNode = DefaultTreeAdapterTypes.Node;
type AstParent = DefaultTreeAdapterTypes.ParentNode;

/**
 * Loads a page into a fresh happy-dom window. The HTML is parsed by parse5,
 * the parser of the HTML standard, so the tree is the one a browser builds
 * (happy-dom's own parser mishandles some real pages, such as inline SVG);
 * the nodes are then made in the window's own document, which is also where
 * Ranges work.
 */
export function loadDocument(name: string, source: string): { window: Window; document: Document } {
  const window = newWindow();
  const document = window.document as unknown as Document;
  const ast = parse(looksLikeHtml(name, source) ? source : textToHtml(source));
  document.replaceChildren();
  const stack: Array<[AstParent, Node]> = [[ast, document]];
  while (stack.length > 0) {
    const [from, into] = stack.pop() as [AstParent, Node];
    for (const child of from.childNodes as AstNode[]) {
      const made = build(document, child);
      if (!made) continue;
      into.appendChild(made);
      if ('childNodes' in child && child.nodeName !== 'template') stack.push([child as AstParent, made]);
    }
  }
  return { window, document };
}

function build(document: Document, node: AstNode): Node | null {
  if (node.nodeName === '#text') return document.createTextNode((node as DefaultTreeAdapterTypes.TextNode).value);
  if (node.nodeName === '#comment') return document.createComment((node as DefaultTreeAdapterTypes.CommentNode).data);
  if (!('tagName' in node)) return null; // the doctype
  // <link> holds no text, and happy-dom would try to fetch what it preloads.
  if (node.tagName === 'link') return null;
  const el = document.createElementNS(node.namespaceURI, node.tagName);
  for (const attr of node.attrs) {
    try {
      if (attr.namespace) el.setAttributeNS(attr.namespace, attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
      else el.setAttribute(attr.name, attr.value);
    } catch {
      // An attribute name the DOM refuses (a browser keeps it; it never matters for text).
    }
  }
  return el;
}

export async function closeWindow(window: Window): Promise<void> {
  await window.happyDOM.abort();
  await window.happyDOM.close();
}
