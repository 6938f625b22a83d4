/**
 * Every key Newslens keeps in browser storage, in one place. WXT's storage
 * items name the area first ("local:userDataset" is key "userDataset" of
 * storage.local).
 */

/** The user's settings: only what differs from the defaults (storage.sync, follows the user). */
export const SETTINGS_KEY = 'sync:settings';
/** The settings' version (lib/settings/migrations.ts), under WXT's meta key for the item. */
export const SETTINGS_META_KEY = `${SETTINGS_KEY}$` as const;

/** The user's imported dataset: a versioned record (lib/dataset/stored.ts) in storage.local. */
export const USER_DATASET_KEY = 'local:userDataset';
/** Its version, under the meta key WXT uses for an item (key + "$"): { v }. */
export const USER_DATASET_META_KEY = `${USER_DATASET_KEY}$` as const;

/**
 * The compiled match index of the user's dataset, layered on the bundled
 * index (storage.local). The only thing content scripts read of it.
 */
export const USER_INDEX_KEY = 'local:userIndex';

/** What each frame of a tab shows, for the popup (storage.session: gone when the browser closes). */
export const tabReportKey = (tabId: number) => `tab-${tabId}`;
