/**
 * A knowledge pack: a dataset file (`asOf`, `entities`) with a small header
 * under `pack` saying what it is, which revision, where updates come from,
 * and the SHA-256 of its entities (over their canonical JSON), so a
 * download that was cut short or altered is recognised before it is used.
 *
 * ```json
 * { "pack": { "title": "…", "revision": 3, "updateUrl": "https://…/pack.json", "sha256": "…" },
 *   "asOf": "2026-11-30", "entities": [ … ] }
 * ```
 */
import * as v from 'valibot';
import { hasMarkup, isHttpUrl } from '../dataset/schema';
import { canonicalJson } from './canonical';
import { sha256Hex } from './sha256';

export const PackHeaderSchema = v.strictObject({
  title: v.pipe(
    v.string('must be a string'),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(80, 'must be at most 80 characters'),
    v.check((s) => !hasMarkup(s), 'must be plain text'),
  ),
  /** Grows with every published change; an update is taken only when it is higher. */
  revision: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
  /** Where newer revisions are published (http or https). */
  updateUrl: v.optional(v.pipe(v.string('must be a string'), v.check(isHttpUrl, 'must be an http(s) URL'))),
  /** SHA-256 of the canonical JSON of `entities`, 64 hex digits. */
  sha256: v.pipe(v.string('must be a string'), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits (SHA-256)')),
});

export type PackHeader = v.InferOutput<typeof PackHeaderSchema>;

/** The hash a pack's header must carry for these entities. */
export function entitiesHash(entities: unknown): Promise<string> {
  return sha256Hex(canonicalJson(entities));
}
