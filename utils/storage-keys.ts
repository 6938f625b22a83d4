/**
 * Every key Newslens keeps in browser storage, in one place. WXT's storage
 * items name the area first ("local:userDataset" is key "userDataset" of
 * storage.local).
 */

/** The user's settings: only what differs from the defaults (storage.sync, follows the user). */
export const SETTINGS_KEY = 'sync:settings';

/** The user's imported dataset as imported, with its checksum and entity count (storage.local). */
export const USER_DATASET_KEY = 'local:userDataset';

/**
 * The compiled match index of the user's dataset, layered on the bundled
 * index (storage.local). The only thing content scripts read of it.
 */
export const USER_INDEX_KEY = 'local:userIndex';

/** What each frame of a tab shows, for the popup (storage.session: gone when the browser closes). */
export const tabReportKey = (tabId: number) => `tab-${tabId}`;
