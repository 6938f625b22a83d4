/**
 * UI strings through browser.i18n (public/_locales), so the popup, options
 * and cards follow the browser's language. A missing key shows as the key
 * itself: visible in review, never silently blank.
 */
import { browser } from 'wxt/browser';

export type Translate = (key: string, substitutions?: string | number | Array<string | number>) => string;

export const t: Translate = (key, substitutions) => {
  const subs = substitutions === undefined ? undefined : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  // The polyfill's typing only knows the manifest's declared keys; ours are checked by a test instead.
  const message = (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, subs);
  return message || key;
};

/** The language the UI is shown in, for formatting dates and numbers. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
