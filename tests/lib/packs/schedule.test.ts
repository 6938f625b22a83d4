/** Update checks: at most daily, never when turned off, conditional. The clock is a parameter. */
import { describe, expect, it } from 'vitest';
import { CHECK_INTERVAL_MS, conditionalHeaders, isCheckDue } from '@/lib/packs/schedule';

const now = Date.UTC(2026, 11, 2, 12);

describe('update schedule', () => {
  it('checks a pack never checked, then again only after a day', () => {
    expect(isCheckDue({}, now, true)).toBe(true);
    expect(isCheckDue({ checkedAt: now - CHECK_INTERVAL_MS + 1000 }, now, true)).toBe(false);
    expect(isCheckDue({ checkedAt: now - CHECK_INTERVAL_MS }, now, true)).toBe(true);
  });

  it('never checks when the user turned checks off', () => {
    expect(isCheckDue({}, now, false)).toBe(false);
  });

  it('checks again when the clock went backwards (a last check "in the future")', () => {
    expect(isCheckDue({ checkedAt: now + 60_000 }, now, true)).toBe(true);
  });

  it('sends the validators the server gave last time', () => {
    expect(conditionalHeaders({})).toEqual({});
    expect(conditionalHeaders({ etag: '"r3"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' })).toEqual({
      'If-None-Match': '"r3"',
      'If-Modified-Since': 'Tue, 01 Dec 2026 10:00:00 GMT',
    });
  });
});
