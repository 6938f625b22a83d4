/**
 * Every key Newslens keeps in browser storage, in one place. WXT's storage
 * items name the area first ("local:userDataset" is key "userDataset" of
 * storage.local).
 */

/** A WXT storage key, as its area and the key in that area ("sync:settings" is "settings" of storage.sync). */
export function inArea(key: `${'local' | 'sync' | 'session'}:${string}`): { area: 'local' | 'sync' | 'session'; name: string } {
  const at = key.indexOf(':');
  return { area: key.slice(0, at) as 'local' | 'sync' | 'session', name: key.slice(at + 1) };
}

/** The user's settings: only what differs from the defaults (storage.sync, follows the user). */
export const SETTINGS_KEY = 'sync:settings';
/** The settings' version (lib/settings/migrations.ts), under WXT's meta key for the item. */
export const SETTINGS_META_KEY = `${SETTINGS_KEY}$` as const;

/**
 * Knowledge packs (storage.local, read with browser.storage.local, so without
 * WXT's area prefix): the list (lib/packs/store.ts) and its version { v }
 * under the meta key, and each pack's data under a key of its own.
 */
export const PACKS_KEY = 'packs';
export const PACKS_META_KEY = `${PACKS_KEY}$` as const;
export const packDataKey = (id: string) => `pack:${id}`;

/** Before packs, the user's one imported dataset (migrated into a pack, kept for older versions): a versioned record (lib/dataset/stored.ts) in storage.local. */
export const USER_DATASET_KEY = 'local:userDataset';
/** Its version, under the meta key WXT uses for an item (key + "$"): { v }. */
export const USER_DATASET_META_KEY = `${USER_DATASET_KEY}$` as const;

/**
 * The compiled match index of the packs in use (utils/packs/match-index.ts),
 * layered on the bundled index, or holding every entity when a pack changes
 * bundled ones (storage.local). The only thing content scripts read of the packs.
 */
export const USER_INDEX_KEY = 'local:userIndex';
/**
 * Its head (lib/match/index-head.ts), what every frame reads first: the
 * index itself when small, its anchors when large (the index is then read
 * only by a frame whose text needs it). Written after the index, removed with it.
 */
export const USER_INDEX_HEAD_KEY = 'local:userIndexHead';

/** What each frame of a tab shows, for the popup (storage.session: gone when the browser closes). */
export const tabReportKey = (tabId: number) => `tab-${tabId}`;
