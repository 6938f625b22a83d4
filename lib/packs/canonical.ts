/**
 * Canonical JSON: object keys in sorted order, no white space, `undefined`
 * members left out. A pack's hash is taken over this form of its entities,
 * so it does not depend on how the file was indented or on storage handing
 * an object back with its keys reordered (Chromium's storage sorts them).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const members: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) members.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${members.join(',')}}`;
}
