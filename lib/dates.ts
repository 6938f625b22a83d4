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
