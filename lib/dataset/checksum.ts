/**
 * The checksum that names a dataset: the same entities (same fields, same
 * order) give the same checksum, any change gives another. A compiled index
 * records the checksum of the dataset it was built from, which is how a stale
 * one is recognised.
 */
import { checksumOf } from '../codec/hash';

export function datasetChecksum(entities: readonly unknown[]): string {
  return checksumOf(JSON.stringify(entities));
}

/** The checksum of several datasets used together (the bundled data and a user's), in order. */
export function combinedChecksum(parts: readonly string[]): string {
  return checksumOf(parts.join('+'));
}
