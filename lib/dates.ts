/** Shows an ISO date at the precision it was written with: "2026", "Mar 2026", "Mar 4, 2026". */
export function formatIsoDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (m) options.month = 'short';
  if (d) options.day = 'numeric';
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return iso;
  }
}

/** Orders ISO dates of mixed precision; "2026" sorts before "2026-03". */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Facts newest first (a card shows what happened last at the top); undated ones keep their order, last. */
export function newestFirst<T extends { date?: string }>(facts: readonly T[]): T[] {
  return facts
    .map((fact, i) => ({ fact, i }))
    .sort((a, b) => {
      if (a.fact.date && b.fact.date) return compareIsoDates(b.fact.date, a.fact.date) || a.i - b.i;
      if (a.fact.date) return -1;
      if (b.fact.date) return 1;
      return a.i - b.i;
    })
    .map((x) => x.fact);
}
