import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings';

describe('settings store', () => {
  it('starts from the defaults and stores only what the user changed, in storage.sync', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings((s) => ({ ...s, categories: { ...s.categories, media: false }, hoverDelayMs: 500 }));
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: { categories: { media: false }, hoverDelayMs: 500 } });
    await updateSettings((s) => ({ ...s, categories: { ...s.categories, media: true } }));
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: { hoverDelayMs: 500 } });
  });

  it('falls back to defaults for corrupt stored settings and repairs them', async () => {
    await fakeBrowser.storage.sync.set({ settings: { categories: 'all', markStyle: 'tint', hoverDelayMs: 'fast', junk: true } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'tint' });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: { markStyle: 'tint' } });
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes made elsewhere, already cleaned', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((s) => seen.push(s.categories.person));
    await fakeBrowser.storage.sync.set({ settings: { categories: { person: false } } });
    await fakeBrowser.storage.sync.set({ settings: { categories: { person: 'no' } } });
    stop();
    expect(seen).toEqual([false, true]);
  });
});
