/**
 * Types a keyboard shortcut into Firefox's browser window, where add-on
 * commands are bound. Key events sent to a page over WebDriver BiDi stay in
 * the page and never reach those bindings, so this evaluates in the browser
 * window's own (chrome) scope, allowed by --remote-allow-system-access, and
 * sends trusted key events through nsITextInputProcessor: the way Firefox's
 * own tests press add-on shortcuts.
 */
import type { Browser } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

const MODIFIERS: Record<string, { key: string; code: string; keyCode: number }> = {
  Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
  Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
  Ctrl: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
  MacCtrl: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
  Command: { key: 'Meta', code: 'MetaLeft', keyCode: 91 },
};

/** The key events for a shortcut as written in a manifest ("Alt+Shift+N"). */
export function shortcutKeys(shortcut: string): Array<{ key: string; code: string; keyCode: number }> {
  const parts = shortcut.split('+');
  const last = parts.pop() ?? '';
  const keys = parts.map((m) => {
    const k = MODIFIERS[m];
    if (!k) throw new Error(`unknown modifier "${m}" in shortcut ${shortcut}`);
    return k;
  });
  if (/^[A-Z]$/.test(last)) keys.push({ key: last, code: `Key${last}`, keyCode: last.charCodeAt(0) });
  else if (/^[0-9]$/.test(last)) keys.push({ key: last, code: `Digit${last}`, keyCode: last.charCodeAt(0) });
  else throw new Error(`key "${last}" in shortcut ${shortcut} is not supported here`);
  return keys;
}

export async function pressInBrowserWindow(browser: Browser, shortcut: string): Promise<void> {
  // puppeteer-core is pinned (25.16.0); its BiDi browser exposes the session's connection here.
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = tree.result.contexts as Array<{ context: string; url: string }>;
  const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no Firefox browser window found (was Firefox started with --remote-allow-system-access?)');
  const keys = JSON.stringify(shortcutKeys(shortcut));
  const reply = await connection.send('script.evaluate', {
    target: { context: window.context },
    awaitPromise: false,
    expression: `(() => {
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) return 'no input transaction';
      const keys = ${keys}.map((k) => new KeyboardEvent('', k));
      for (const k of keys) tip.keydown(k);
      for (const k of keys.reverse()) tip.keyup(k);
      return 'ok';
    })()`,
  });
  const result = reply.result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  if (result.type !== 'success' || result.result?.value !== 'ok') {
    throw new Error(`pressing ${shortcut} in Firefox failed: ${JSON.stringify(result.exceptionDetails ?? result.result)}`);
  }
}
