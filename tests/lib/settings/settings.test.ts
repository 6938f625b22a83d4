/** The settings declarations and the stored object's rules (pure: no storage here). */
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/lib/dataset/schema';
import { DEFAULT_SETTINGS, isSiteEnabled, SETTING_NAMES, siteKey } from '@/lib/settings/settings';
import { applyChange, asStored, changedSettings, readSettings, storedFor } from '@/lib/settings/stored';

describe('settings', () => {
  it('declares every setting once, with its default', () => {
    expect(SETTING_NAMES).toEqual(['categories', 'disabledSites', 'hoverDelayMs', 'markStyle', 'mutes']);
    expect(DEFAULT_SETTINGS).toEqual({
      categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])),
      disabledSites: [],
      hoverDelayMs: 350,
      markStyle: 'underline',
      mutes: [],
    });
  });

  it('stores only what differs from the defaults, and reads it back', () => {
    expect(storedFor(DEFAULT_SETTINGS)).toEqual({});
    const changed = { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, media: false }, markStyle: 'tint' as const };
    expect(storedFor(changed)).toEqual({ categories: { media: false }, markStyle: 'tint' });
    expect(readSettings(storedFor(changed))).toEqual(changed);
  });

  it('stores site lists sorted and without duplicates', () => {
    expect(storedFor({ ...DEFAULT_SETTINGS, disabledSites: ['b.example', 'a.example', 'b.example'] })).toEqual({
      disabledSites: ['a.example', 'b.example'],
    });
  });

  it('reads each readable value and falls back to the default for the rest', () => {
    const stored = { categories: { person: 'yes', lab: false, planet: true }, hoverDelayMs: -5, markStyle: 'sparkles', disabledSites: 'x' };
    expect(readSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, lab: false } });
    for (const raw of ['oops', 42, [1, 2], true, null, undefined]) expect(asStored(raw)).toEqual({});
  });

  it('changes only the settings that changed and keeps every other key as stored', () => {
    const stored = { hoverDelayMs: 'fast', mutes: ['qwen'], categories: { person: false, event: false }, markStyle: 'box' };
    const before = readSettings(stored);
    const after = { ...before, categories: { ...before.categories, media: false } };
    expect(changedSettings(before, after)).toEqual(['categories']);
    expect(applyChange(stored, before, after)).toEqual({
      hoverDelayMs: 'fast', // unreadable here, perhaps readable by another version: kept
      mutes: ['qwen'], // a newer version's setting: kept
      categories: { event: false, person: false, media: false }, // a newer version's category: kept
      markStyle: 'box',
    });
  });

  it('writes nothing when nothing changed, and removes a key set back to its default', () => {
    const stored = { markStyle: 'tint', future: 1 };
    const before = readSettings(stored);
    expect(applyChange(stored, before, { ...before })).toBeNull();
    expect(applyChange(stored, before, { ...before, categories: { ...before.categories } })).toBeNull();
    expect(applyChange(stored, before, { ...before, markStyle: 'underline' })).toEqual({ future: 1 });
    const off = { categories: { person: false } };
    const offBefore = readSettings(off);
    expect(applyChange(off, offBefore, { ...offBefore, categories: { ...offBefore.categories, person: true } })).toEqual({});
  });

  it('switches sites off by host name, ignoring case and a leading www.', () => {
    expect(siteKey('WWW.Example.COM')).toBe('example.com');
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteEnabled(settings, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'news.example.com')).toBe(true);
  });

  it('keeps "Not this" mutes across a round trip, and keeps stored mutes this version cannot read', () => {
    const mutes = [
      { entity: 'x', alias: 'X', site: 'engadget.com' },
      { entity: 'apple', alias: 'Apple', site: null },
    ];
    const stored = storedFor({ ...DEFAULT_SETTINGS, mutes });
    expect(readSettings(stored).mutes).toEqual(mutes);
    // A newer version's mute (another shape) is not read, but survives a change made by this version.
    const newer = { mutes: [{ entity: 'x', pattern: '{Name} X', scope: 'tab' }] };
    const before = readSettings(newer);
    expect(before.mutes).toEqual([]);
    const after = applyChange(newer, before, { ...before, mutes: [mutes[0] as (typeof mutes)[0]] });
    expect(after?.mutes).toEqual([{ entity: 'x', pattern: '{Name} X', scope: 'tab' }, mutes[0]]);
    // Adding the same mute twice stores it once.
    expect(readSettings(storedFor({ ...DEFAULT_SETTINGS, mutes: [mutes[1], mutes[1]] as typeof mutes })).mutes).toEqual([mutes[1]]);
  });
});
