/** Turning a manifest shortcut into the key events Firefox's browser window is sent. */
import { describe, expect, it } from 'vitest';
import { shortcutKeys } from '../../../scripts/browser/firefox-shortcut';

describe('shortcutKeys', () => {
  it('presses the modifiers first, then the key, with the codes a keyboard gives', () => {
    expect(shortcutKeys('Alt+Shift+N')).toEqual([
      { key: 'Alt', code: 'AltLeft', keyCode: 18 },
      { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
      { key: 'N', code: 'KeyN', keyCode: 78 },
    ]);
    expect(shortcutKeys('Ctrl+7').map((k) => k.code)).toEqual(['ControlLeft', 'Digit7']);
  });

  it('refuses what it cannot type rather than pressing something else', () => {
    expect(() => shortcutKeys('Hyper+N')).toThrow(/unknown modifier "Hyper"/);
    expect(() => shortcutKeys('Alt+F5')).toThrow(/key "F5"/);
  });
});
