/**
 * The checksum that names a dataset: the same content gives the same
 * checksum, any change gives another. Object keys are taken in sorted order,
 * because storage may hand an object back with its keys reordered
 * (Chromium's storage sorts them). A compiled index records the checksum of
 * the dataset it was built from, which is how a stale one is recognised.
 */
import { Checksum, checksumOf } from '../codec/hash';

/** Feeds `value` to the checksum as canonical JSON (sorted keys, no spaces). */
function feed(sum: Checksum, value: unknown): void {
  if (value === null || typeof value !== 'object') {
    sum.text(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    sum.text('[');
    for (const item of value) {
      feed(sum, item === undefined ? null : item);
      sum.text(',');
    }
    sum.text(']');
    return;
  }
  sum.text('{');
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    sum.text(JSON.stringify(key));
    feed(sum, item);
  }
  sum.text('}');
}

export function datasetChecksum(value: unknown): string {
  const sum = new Checksum();
  feed(sum, value);
  return sum.digest();
}

/** The checksum of several datasets used together, in order. */
export function combinedChecksum(parts: readonly string[]): string {
  return checksumOf(parts.join('+'));
}
