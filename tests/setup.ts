/**
 * Shared setup for unit and component tests: a fresh fake browser for every
 * test, and browser.i18n answered from the English messages, the way the
 * browser would (positional $1…$9 substitutions).
 */
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../public/_locales/en/messages.json';

const messages = en as Record<string, { message: string }>;

function getMessage(key: string, substitutions?: string | string[]): string {
  const template = messages[key]?.message;
  if (template === undefined) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return template.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
});
