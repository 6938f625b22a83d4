/**
 * When subscribed packs are checked for a new revision, and how: at most
 * once a day per pack, only when the user has not turned checks off, and
 * with conditional requests so an unchanged pack costs one short answer.
 */

export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** The name of the background's update alarm (it exists only while there is a subscription and checks are on). */
export const UPDATE_ALARM = 'newslens-pack-updates';

export interface CheckState {
  /** When the last check finished (ms since the epoch), successful or not. */
  checkedAt?: number;
  etag?: string;
  lastModified?: string;
}

export function isCheckDue(state: CheckState, now: number, checksEnabled: boolean): boolean {
  if (!checksEnabled) return false;
  return state.checkedAt === undefined || now - state.checkedAt >= CHECK_INTERVAL_MS || now < state.checkedAt;
}

/** Request headers that let the server answer 304 Not Modified. */
export function conditionalHeaders(state: CheckState): Record<string, string> {
  const headers: Record<string, string> = {};
  if (state.etag) headers['If-None-Match'] = state.etag;
  if (state.lastModified) headers['If-Modified-Since'] = state.lastModified;
  return headers;
}
