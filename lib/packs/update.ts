/**
 * Checking one subscription for a new revision. The network and the clock
 * are parameters, so tests drive every answer a server can give without
 * waiting. A new revision is taken only when all of it passed: the size
 * limit (while reading, not after), the JSON, the header, the validator and
 * the hash. Anything else keeps the revision in use and records exactly why.
 */

import type { PackData } from './edits';
import { contentFields } from './edits';
import { MAX_PACK_BYTES, parsePack } from './parse';
import { conditionalHeaders } from './schedule';
import type { CheckRecord, PackEntry } from './store';

/** The part of fetch's Response this needs (a real Response fits). */
export interface FetchAnswer {
  status: number;
  statusText: string;
  ok: boolean;
  headers: { get(name: string): string | null };
  body: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

export type Fetch = (url: string, init: { headers: Record<string, string>; signal?: AbortSignal }) => Promise<FetchAnswer>;

export interface CheckDeps {
  fetch: Fetch;
  now: () => number;
  /** Ids relations may point at outside this pack (the bundled data, other packs). */
  targets: Iterable<string>;
  maxBytes?: number;
}

export type CheckOutcome =
  /** A new revision passed every check: store `data` and `entry` together. */
  | { kind: 'updated'; entry: PackEntry; data: PackData }
  /** Nothing to store but the entry (its check record). */
  | { kind: 'unchanged' | 'failed'; entry: PackEntry };

class TooLarge extends Error {}

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** The body as text, stopping as soon as it is over `max` bytes (a huge answer is never held whole). */
export async function readLimited(answer: FetchAnswer, max: number): Promise<string> {
  const declared = Number(answer.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max)
    throw new TooLarge(`The server says the pack is ${kb(declared)}; packs up to ${kb(max)} are accepted.`);
  if (!answer.body) {
    const text = await answer.text();
    if (new TextEncoder().encode(text).length > max)
      throw new TooLarge(`The pack is over ${kb(max)}; packs up to ${kb(max)} are accepted.`);
    return text;
  }
  const reader = answer.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > max) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge(`The pack is over ${kb(max)}; packs up to ${kb(max)} are accepted.`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** Checks `entry` (a subscription) now. Never throws: every failure is an outcome with its reason. */
export async function checkSubscription(entry: PackEntry, deps: CheckDeps): Promise<CheckOutcome> {
  if (entry.source.kind !== 'url') throw new Error('only subscriptions are checked');
  const url = entry.source.url;
  const checkedAt = deps.now();
  const previous: Partial<CheckRecord> = entry.check ?? {};
  // A failure keeps the validators of the revision in use: the next check must not be told "not modified" about a bad one.
  const failed = (...reasons: string[]): CheckOutcome => ({
    kind: 'failed',
    entry: { ...entry, check: { etag: previous.etag, lastModified: previous.lastModified, checkedAt, outcome: 'failed', reasons } },
  });
  const unchanged = (check: Partial<CheckRecord> = {}): CheckOutcome => ({
    kind: 'unchanged',
    entry: { ...entry, check: { etag: previous.etag, lastModified: previous.lastModified, ...check, checkedAt, outcome: 'unchanged' } },
  });

  // Validators only help when there is a revision to keep.
  const headers = entry.revision !== null ? conditionalHeaders(previous) : {};
  let answer: FetchAnswer;
  try {
    answer = await deps.fetch(url, { headers });
  } catch (err) {
    return failed(`Could not reach ${new URL(url).host}: ${(err as Error).message || 'network error'}.`);
  }
  if (answer.status === 304 && entry.revision !== null) return unchanged();
  if (!answer.ok) return failed(`The server answered ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}.`);

  let text: string;
  try {
    text = await readLimited(answer, deps.maxBytes ?? MAX_PACK_BYTES);
  } catch (err) {
    if (err instanceof TooLarge) return failed(err.message);
    return failed(`The download broke off: ${(err as Error).message || 'connection closed'}.`);
  }
  const parsed = await parsePack(text, { requireHeader: true, targets: deps.targets, maxBytes: deps.maxBytes });
  if (!parsed.ok) return failed(...parsed.errors);
  const header = parsed.header as NonNullable<typeof parsed.header>;
  const validators = { etag: answer.headers.get('etag') ?? undefined, lastModified: answer.headers.get('last-modified') ?? undefined };

  if (entry.revision !== null) {
    if (header.revision === entry.revision && header.sha256 === entry.sha256) return unchanged(validators);
    if (header.revision < entry.revision)
      return failed(`The server offers revision ${header.revision}, older than revision ${entry.revision} in use.`);
    if (header.revision === entry.revision)
      return failed(`Revision ${header.revision} was changed without a new revision number; the publisher must raise it.`);
  }
  const now = new Date(checkedAt);
  return {
    kind: 'updated',
    data: parsed.raw,
    entry: {
      ...entry,
      ...contentFields(header, parsed.raw, parsed.file.entities.length, now),
      check: { ...validators, checkedAt, outcome: 'updated' },
    },
  };
}
