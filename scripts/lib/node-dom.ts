/**
 * Parses pages into a DOM in Node with happy-dom, with scripts, styles,
 * frames and network off: the scan command reads pages, it never runs them.
 */
import { Window } from 'happy-dom';

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

/**
 * Loads a page into a fresh window. (Written into the window's own document:
 * happy-dom's DOMParser documents build broken Ranges.)
 */
export function loadDocument(name: string, source: string): { window: Window; document: Document } {
  const window = newWindow();
  window.document.write(looksLikeHtml(name, source) ? source : textToHtml(source));
  return { window, document: window.document as unknown as Document };
}

export async function closeWindow(window: Window): Promise<void> {
  await window.happyDOM.abort();
  await window.happyDOM.close();
}
