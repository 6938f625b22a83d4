/**
 * The settings store on WXT's storage (the fake browser's storage.sync):
 * reading never writes, a change writes only its own setting, and whatever
 * another version stored survives both; every fixture of every version is
 * read as this version must read it.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings';
import { settingsFixtures } from '../support/settings-fixtures';

const sync = () => fakeBrowser.storage.sync.get(null);

/** Counts the writes to storage.sync from here on. */
function countWrites() {
  return vi.spyOn(fakeBrowser.storage.sync, 'set');
}

describe('settings store', () => {
  it('starts from the defaults and stores only what the user changed, with its version', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings((s) => ({ ...s, categories: { ...s.categories, media: false }, hoverDelayMs: 500 }));
    expect(await sync()).toEqual({ settings: { categories: { media: false }, hoverDelayMs: 500 }, settings$: { v: SETTINGS_VERSION } });
    await updateSettings((s) => ({ ...s, categories: { ...s.categories, media: true } }));
    expect(await sync()).toEqual({ settings: { hoverDelayMs: 500 }, settings$: { v: SETTINGS_VERSION } });
  });

  it('writes the settings and their version together, and only when a setting changes', async () => {
    const writes = countWrites();
    await updateSettings((s) => ({ ...s }));
    await updateSettings((s) => ({ ...s, markStyle: 'underline' })); // already the default
    expect(writes).not.toHaveBeenCalled();
    await updateSettings((s) => ({ ...s, markStyle: 'tint' }));
    expect(writes).toHaveBeenCalledTimes(1);
    expect(writes.mock.calls[0]?.[0]).toEqual({ settings: { markStyle: 'tint' }, settings$: { v: SETTINGS_VERSION } });
  });

  it('returns what it stored', async () => {
    expect((await updateSettings((s) => ({ ...s, hoverDelayMs: 700 }))).hoverDelayMs).toBe(700);
    expect((await updateSettings((s) => ({ ...s, hoverDelayMs: 99_999 }))).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });

  for (const f of settingsFixtures()) {
    it(`reads ${f.name} without writing, and keeps what it does not know through a change`, async () => {
      await fakeBrowser.storage.sync.set(f.storage);
      const writes = countWrites();
      expect(await loadSettings()).toEqual(f.reads);
      expect(writes).not.toHaveBeenCalled();
      expect(await sync()).toEqual(f.storage);

      const after = await updateSettings((s) => ({ ...s, categories: { ...s.categories, product: !s.categories.product } }));
      expect(after).toEqual({ ...f.reads, categories: { ...f.reads.categories, product: !f.reads.categories.product } });
      const now = (await sync()) as { settings: Record<string, unknown>; settings$: Record<string, unknown> };
      const before = f.storage.settings;
      if (before && typeof before === 'object') {
        for (const [key, kept] of Object.entries(before)) if (key !== 'categories') expect(now.settings[key], key).toEqual(kept);
        const categories = (before as { categories?: unknown }).categories;
        if (categories && typeof categories === 'object')
          for (const [c, on] of Object.entries(categories))
            if (c !== 'product' && typeof on === 'boolean') expect((now.settings.categories as Record<string, unknown>)[c], c).toBe(on);
      }
      // Never a lower version than stored: a newer version's settings stay marked as its own.
      const storedMeta = (f.storage.settings$ ?? {}) as Record<string, unknown>;
      expect(now.settings$).toEqual({ ...storedMeta, v: Math.max(Number(storedMeta.v ?? 1), SETTINGS_VERSION) });
      expect(await loadSettings()).toEqual(after);
    });
  }

  it('keeps a newer version’s settings through changes made here, as they sync back and forth', async () => {
    const future = { settings: { mutes: ['qwen'], categories: { event: false }, markStyle: 'box' }, settings$: { v: 2 } };
    await fakeBrowser.storage.sync.set(future);
    await updateSettings((s) => ({ ...s, disabledSites: ['example.com'] }));
    await updateSettings((s) => ({ ...s, categories: { ...s.categories, lab: false } }));
    await updateSettings((s) => ({ ...s, disabledSites: [], categories: { ...s.categories, lab: true } }));
    expect(await sync()).toEqual(future);
  });

  it('falls back to the defaults when storage cannot be read, and writes nothing', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage is gone'));
    const writes = countWrites();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(writes).not.toHaveBeenCalled();
  });

  it('tells watchers about every change made elsewhere, in order, read the same way', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((s) => seen.push(s.categories.person));
    await fakeBrowser.storage.sync.set({ settings: { categories: { person: false } } });
    await fakeBrowser.storage.sync.set({ settings: { categories: { person: 'no' } } });
    await fakeBrowser.storage.sync.set({ settings: { categories: { person: false }, future: 1 } });
    await expect.poll(() => seen).toEqual([false, true, false]);
    stop();
    await fakeBrowser.storage.sync.set({ settings: {} });
    await updateSettings((s) => s); // one more round of storage calls: a stopped watcher still hears nothing
    expect(seen).toEqual([false, true, false]);
  });
});
