/** Renders a Preact tree into a fresh container and lets tests act on it like a user. */
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

export function mount(tree: ComponentChild): HTMLElement {
  document.body.replaceChildren();
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(tree, container));
  return container;
}

export function type(input: HTMLInputElement, value: string): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function press(el: Element, key: string): void {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

export function click(el: Element | null): void {
  if (!el) throw new Error('nothing to click');
  act(() => {
    (el as HTMLElement).click();
  });
}

export const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');
