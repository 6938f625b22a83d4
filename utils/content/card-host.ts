/**
 * Hosts the hover card: a <newslens-card> element with a shadow root,
 * appended to <html> only while a card is open, in the top layer when the
 * browser has popovers. Inherited page styles stop at the host (all: initial,
 * !important in the shadow tree outranks the page's !important). Positioned
 * next to the mention by Floating UI, flipping and shifting to stay in view.
 * It never takes focus. Its `data-state` attribute says where it is:
 * "placing" until first positioned, "open", or "closing" while a close is
 * pending (the pointer left it); tests wait on it instead of on the clock.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { type ComponentChild, render } from 'preact';
import cardCss from '@/components/card/card.css?inline';
import shellCss from '@/components/card/shell.css?inline';
import tokensCss from '@/components/tokens.css?inline';

export const HOST_TAG = 'newslens-card';
/** The element that carries an announcement made after the card has closed. */
export const STATUS_TAG = 'newslens-status';

export type CardState = 'placing' | 'open' | 'closing';

/** Gives a shadow root its stylesheet; a constructed sheet where the browser allows it, a <style> otherwise. */
export function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot adopt sheets made in their sandbox.
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

export class CardHost {
  private readonly doc: Document;
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  private placed = false;
  private closing = false;

  constructor(doc: Document) {
    this.doc = doc;
  }

  get isOpen(): boolean {
    return this.host !== null;
  }

  /** True when the event happened inside the card. */
  contains(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  /** Shows `content` next to `range`; `announcement` is read by screen readers. */
  show(range: Range, content: ComponentChild, announcement: string): void {
    const first = this.host === null;
    if (first) this.create();
    render(content, this.mount as HTMLElement);
    this.position(range);
    // Set after insertion so assistive technology notices the change.
    const live = this.live as HTMLElement;
    live.textContent = '';
    setTimeout(
      () => {
        live.textContent = announcement;
      },
      first ? 50 : 0,
    );
  }

  /** Shows whether a close is pending (see data-state). */
  setClosing(pending: boolean): void {
    this.closing = pending;
    this.syncState();
  }

  private syncState(): void {
    const state: CardState = !this.placed ? 'placing' : this.closing ? 'closing' : 'open';
    this.host?.setAttribute('data-state', state);
  }

  /**
   * Reads `message` to screen readers after the card closes (a mute): a
   * short-lived live region of its own, in a shadow root, removed after a while.
   */
  announce(message: string): void {
    const host = this.doc.createElement(STATUS_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const live = this.doc.createElement('div');
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('style', 'position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);');
    root.append(live);
    this.doc.documentElement.append(host);
    setTimeout(() => {
      live.textContent = message;
    }, 50);
    setTimeout(() => host.remove(), 7000);
  }

  hide(): void {
    if (!this.host) return;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    render(null, this.mount as HTMLElement);
    this.host.remove();
    this.host = null;
    this.mount = null;
    this.live = null;
    this.placed = false;
    this.closing = false;
  }

  private create(): void {
    const host = this.doc.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    adoptStyles(root, `${shellCss}\n${tokensCss}\n${cardCss}`);
    const mount = this.doc.createElement('div');
    mount.className = 'nl-shell';
    const live = this.doc.createElement('div');
    live.className = 'nl-live';
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('role', 'status');
    root.append(mount, live);
    const popover = typeof host.showPopover === 'function';
    if (popover) host.setAttribute('popover', 'manual');
    this.doc.documentElement.append(host);
    if (popover) {
      try {
        host.showPopover();
      } catch {
        // Not in the top layer: the z-index in shell.css still lifts it.
      }
    }
    this.host = host;
    this.mount = mount;
    this.live = live;
    this.syncState();
  }

  private position(range: Range): void {
    const host = this.host as HTMLElement;
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const update = () => {
      void computePosition(reference, host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(6),
          flip({ padding: 8, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              host.style.setProperty('--nl-max-height', `${Math.max(120, Math.floor(availableHeight))}px`);
            },
          }),
        ],
      }).then(({ x, y }) => {
        if (this.host !== host) return;
        host.style.setProperty('--nl-left', `${Math.round(x)}px`, 'important');
        host.style.setProperty('--nl-top', `${Math.round(y)}px`, 'important');
        host.style.setProperty('--nl-visibility', 'visible', 'important');
        if (!this.placed) {
          this.placed = true;
          this.syncState();
        }
      });
    };
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = autoUpdate(reference, host, update, { animationFrame: false });
  }
}
