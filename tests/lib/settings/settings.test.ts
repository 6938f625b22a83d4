import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, resolveSettings, sanitizeOverrides, siteKey, toOverrides } from '@/lib/settings/settings';

describe('settings', () => {
  it('stores only what differs from the defaults', () => {
    expect(toOverrides(DEFAULT_SETTINGS)).toEqual({});
    const changed = { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, media: false }, markStyle: 'tint' as const };
    expect(toOverrides(changed)).toEqual({ categories: { media: false }, markStyle: 'tint' });
    expect(resolveSettings(toOverrides(changed))).toEqual(changed);
  });

  it('falls back to defaults for corrupt values and says it repaired them', () => {
    const { overrides, repaired } = sanitizeOverrides({
      categories: { person: 'yes', lab: false, planet: true },
      hoverDelayMs: -5,
      markStyle: 'sparkles',
      disabledSites: 'example.com',
      legacyKey: 1,
    });
    expect(repaired).toBe(true);
    expect(overrides).toEqual({ categories: { lab: false } });
    expect(resolveSettings(overrides)).toEqual({ ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, lab: false } });
  });

  it('treats a stored value that is not an object as empty', () => {
    for (const raw of ['oops', 42, [1, 2], true]) expect(sanitizeOverrides(raw)).toEqual({ overrides: {}, repaired: true });
    expect(sanitizeOverrides(null)).toEqual({ overrides: {}, repaired: false });
    expect(sanitizeOverrides(undefined)).toEqual({ overrides: {}, repaired: false });
  });

  it('switches sites off by host name, ignoring case and a leading www.', () => {
    expect(siteKey('WWW.Example.COM')).toBe('example.com');
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteEnabled(settings, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'news.example.com')).toBe(true);
  });

  it('keeps "Not this" mutes across a round trip and drops unreadable ones', () => {
    const mutes = [
      { entity: 'x', alias: 'X', site: 'engadget.com' },
      { entity: 'apple', alias: 'Apple', site: null },
    ];
    const { overrides } = sanitizeOverrides(toOverrides({ ...resolveSettings({}), mutes }));
    expect(resolveSettings(overrides).mutes).toEqual(mutes);
    expect(sanitizeOverrides({ mutes: [{ entity: 'x' }] })).toEqual({ overrides: {}, repaired: true });
  });
});
