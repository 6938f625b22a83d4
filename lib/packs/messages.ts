/**
 * Options page → background: every change to the packs, each request typed
 * with its answer and checked where it arrives. The background makes all
 * pack changes, one at a time, so a check finishing while the user reorders
 * loses neither.
 */
import * as v from 'valibot';
import { MAX_PACK_BYTES } from './parse';

const PackId = v.pipe(v.string(), v.minLength(1), v.maxLength(80));
const Ok = v.strictObject({ ok: v.literal(true) });
const Outcome = v.variant('ok', [
  v.strictObject({ ok: v.literal(true), id: PackId, count: v.number() }),
  v.strictObject({ ok: v.literal(false), errors: v.pipe(v.array(v.string()), v.maxLength(500)) }),
]);

export const PackRequests = {
  /** Subscribe to a pack by URL: the options page has asked for its origin first. */
  'packs-subscribe': {
    request: v.strictObject({ type: v.literal('packs-subscribe'), url: v.pipe(v.string(), v.maxLength(2000)) }),
    answer: Outcome,
  },
  /** A pack (or plain dataset) from a file the user picked. */
  'packs-import': {
    request: v.strictObject({
      type: v.literal('packs-import'),
      fileName: v.pipe(v.string(), v.maxLength(255)),
      // Text a little over the limit still arrives, so the answer can say how big it was.
      text: v.pipe(v.string(), v.maxLength(MAX_PACK_BYTES * 2)),
    }),
    answer: Outcome,
  },
  /** "Check now": one subscription, or all of them. */
  'packs-check': {
    request: v.strictObject({ type: v.literal('packs-check'), id: v.optional(PackId) }),
    answer: v.strictObject({ ok: v.literal(true), checked: v.number(), failed: v.number() }),
  },
  'packs-remove': { request: v.strictObject({ type: v.literal('packs-remove'), id: PackId }), answer: Ok },
  'packs-enable': { request: v.strictObject({ type: v.literal('packs-enable'), id: PackId, on: v.boolean() }), answer: Ok },
  'packs-move': {
    request: v.strictObject({ type: v.literal('packs-move'), id: PackId, delta: v.picklist([-1, 1] as const) }),
    answer: Ok,
  },
  'packs-auto-update': { request: v.strictObject({ type: v.literal('packs-auto-update'), on: v.boolean() }), answer: Ok },
} as const;

type Requests = typeof PackRequests;
export type PackRequestType = keyof Requests;
export type PackRequest<K extends PackRequestType = PackRequestType> = v.InferOutput<Requests[K]['request']>;
export type PackAnswer<K extends PackRequestType> = v.InferOutput<Requests[K]['answer']>;

const AnyRequest = v.variant(
  'type',
  Object.values(PackRequests).map((p) => p.request),
);

/** The request, if `raw` is a pack request; otherwise null. */
export function parsePackRequest(raw: unknown): PackRequest | null {
  const result = v.safeParse(AnyRequest, raw);
  return result.success ? (result.output as PackRequest) : null;
}

/** The answer to a request of `type`, if `raw` fits it; otherwise null. */
export function parsePackAnswer<K extends PackRequestType>(type: K, raw: unknown): PackAnswer<K> | null {
  const result = v.safeParse(PackRequests[type].answer, raw);
  return result.success ? (result.output as PackAnswer<K>) : null;
}
