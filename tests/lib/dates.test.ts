/** Dates of mixed precision: shown as written, cards newest first. */
import { describe, expect, it } from 'vitest';
import { formatIsoDate, newestFirst } from '@/lib/dates';

describe('dates', () => {
  it('shows a date at the precision it was written with', () => {
    expect(formatIsoDate('2026', 'en')).toBe('2026');
    expect(formatIsoDate('2026-03', 'en')).toBe('Mar 2026');
    expect(formatIsoDate('2026-03-04', 'en')).toBe('Mar 4, 2026');
  });

  it('puts the newest fact first and undated ones last, keeping ties in their written order', () => {
    const facts = [
      { text: 'founded', date: '2019' },
      { text: 'undated' },
      { text: 'launch', date: '2026-03-04' },
      { text: 'round', date: '2025-11' },
      { text: 'same month, first', date: '2025-11' },
    ];
    expect(newestFirst(facts).map((f) => f.text)).toEqual(['launch', 'round', 'same month, first', 'founded', 'undated']);
    // The input is not reordered in place.
    expect(facts[0]?.text).toBe('founded');
  });
});
