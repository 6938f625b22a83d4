/** Builds a document body from HTML for text-model tests (happy-dom). */
export function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}
