/**
 * The frame's first storage reads go out when the module is evaluated (the
 * entrypoint imports it before anything heavy), carry what storage holds,
 * and are handed over once; a frame not worth reading sends none. Storage
 * that cannot be read gives the defaults and no index, as utils/settings.ts does.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { settingsFrom } from '@/utils/settings';

const load = async () => {
  vi.resetModules();
  return import('@/utils/content/first-reads');
};

describe('first reads', () => {
  it('are sent at evaluation, before anyone asks, and carry the stored settings and index', async () => {
    await fakeBrowser.storage.sync.set({ settings: { hoverDelayMs: 700 } });
    await fakeBrowser.storage.local.set({ userIndexHead: { format: 2 } });
    const syncGet = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const localGet = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { firstReadsSent, takeFirstReads } = await load();
    expect(firstReadsSent()).toBe(true);
    expect(syncGet).toHaveBeenCalledTimes(1);
    expect(localGet).toHaveBeenCalledTimes(1);
    const first = takeFirstReads();
    expect(firstReadsSent()).toBe(false);
    const { value, meta } = await first.settings;
    expect(settingsFrom(value, meta).hoverDelayMs).toBe(700);
    expect(await first.head).toEqual({ format: 2 });
    // Handed over once: a second frame start (or a reload of the tables) reads afresh.
    await fakeBrowser.storage.sync.set({ settings: { hoverDelayMs: 900 } });
    expect((await takeFirstReads().settings).value).toEqual({ hoverDelayMs: 900 });
    expect(syncGet).toHaveBeenCalledTimes(2);
  });

  it('are not sent by a frame that is not worth reading (a tiny ad frame): it reads once it is', async () => {
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(1);
    const syncGet = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const { firstReadsSent, takeFirstReads } = await load();
    expect(firstReadsSent()).toBe(false);
    expect(syncGet).not.toHaveBeenCalled();
    await takeFirstReads().settings;
    expect(syncGet).toHaveBeenCalledTimes(1);
  });

  it('read storage that fails as holding nothing: the default settings, no index', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('unreadable'));
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('unreadable'));
    const { takeFirstReads } = await load();
    const first = takeFirstReads();
    const { value, meta } = await first.settings;
    expect(settingsFrom(value, meta)).toEqual(DEFAULT_SETTINGS);
    expect(await first.head).toBeNull();
  });
});
