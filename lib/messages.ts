/**
 * Every message between Newslens's parts, by direction: each request typed
 * with its answer, both checked where they arrive (a request that does not
 * fit is ignored, an answer that does not fit counts as no answer). This is
 * the one home of these shapes; utils/messaging.ts sends and serves them.
 *
 *   content → background   page-report, card, refresh-index
 *   options → background   packs-* (lib/packs/messages.ts; served only to Newslens's own pages)
 *   background → content   next-mention
 *   popup → content        reveal
 *   tests → content        get-stats
 */
import * as v from 'valibot';
import { CATEGORIES, EntitySchema, RELATION_TYPES, SourceSchema } from './dataset/schema';
import { PackRequests } from './packs/messages';

const EntityId = v.pipe(v.string(), v.maxLength(120));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** An answer-less request: the receiver answers nothing (undefined). */
const NoAnswer = v.undefined();

/** content → background: what this frame shows. */
export const PageReportSchema = v.strictObject({
  type: v.literal('page-report'),
  host: v.pipe(v.string(), v.maxLength(253)),
  /** performance.timeOrigin of the frame's document: tells a new page from an old one. */
  loadedAt: v.number(),
  /** False when Newslens is switched off for this site. */
  active: v.boolean(),
  /** Mentions per entity id, in the enabled categories, in order of first appearance. */
  counts: v.array(v.tuple([EntityId, v.pipe(v.number(), v.integer(), v.minValue(1))])),
});

/** content → background: what a card shows; the page holds only ids, names and categories. */
export const CardRequestSchema = v.strictObject({
  type: v.literal('card'),
  entity: EntityId,
  /** The other entities shown in this frame: the card says how they relate. */
  onPage: v.pipe(v.array(EntityId), v.maxLength(5000)),
  /** The mention's text as found (a card may say that a former name was used). */
  text: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

/** An entity as a card shows it: the dataset's fields, where it came from, how current it is. */
export const CardEntitySchema = v.strictObject({
  ...EntitySchema.entries,
  origin: v.picklist(['bundled', 'user']),
  asOf: v.pipe(v.string(), v.maxLength(10)),
});

/** The other end of a relation, as a card names it. */
export const EntityRefSchema = v.strictObject({ id: EntityId, name: v.string(), category: v.picklist(CATEGORIES) });

export const RelatedItemSchema = v.strictObject({
  type: v.picklist(RELATION_TYPES),
  direction: v.picklist(['out', 'in']),
  other: EntityRefSchema,
  since: v.optional(v.string()),
  until: v.optional(v.string()),
  source: SourceSchema,
});

/** background → content: the card's content, or null for an entity the background does not know. */
export const CardAnswerSchema = v.nullable(v.strictObject({ entity: CardEntitySchema, related: v.array(RelatedItemSchema) }));

/** content → background: the stored index of the user's dataset could not be used; rebuild it. */
export const RefreshIndexSchema = v.strictObject({ type: v.literal('refresh-index'), reason: v.pipe(v.string(), v.maxLength(200)) });
export const RefreshIndexAnswerSchema = v.strictObject({ rebuilt: v.boolean() });

/** background (keyboard command) → content: step to the next mention and open its card. */
export const NextMentionSchema = v.strictObject({ type: v.literal('next-mention'), backwards: v.optional(v.boolean()) });

/** popup → content: scroll to the first mention of an entity and flash it. */
export const RevealSchema = v.strictObject({ type: v.literal('reveal'), entity: EntityId });
export const RevealAnswerSchema = v.strictObject({ found: v.boolean() });

/** tests and diagnostics → content: how long Newslens's work on this page took. */
export const GetStatsSchema = v.strictObject({ type: v.literal('get-stats') });
export const PageStatsSchema = v.strictObject({
  slices: Count,
  longestSliceMs: v.number(),
  /** What the longest slice was doing. */
  longestSlice: v.string(),
  totalMs: v.number(),
  mentions: Count,
  /** From the content script's first line to ready to scan (null: not started, e.g. a skipped frame). */
  startupMs: v.nullable(v.number()),
  /** The frame's own main-thread work in that time: startupMs less the wait for storage. */
  startupWorkMs: v.nullable(v.number()),
  /** From the first line to a large stored index in use, in a frame whose text needed it after reading its head (null: not needed). */
  fullIndexMs: v.nullable(v.number()),
  /** Why this frame does nothing (tiny, hidden, no text), or null when it runs. */
  skipped: v.nullable(v.string()),
  /** Mentions whose marks are painted now (the rest are off screen on a busy page). */
  painted: Count,
  /** True when no scan is queued or running: the page's marks are final until it changes. */
  idle: v.boolean(),
  /** The last mentions the popup asked to show (reveal), oldest first. */
  revealed: v.pipe(v.array(v.strictObject({ entity: EntityId, text: v.pipe(v.string(), v.maxLength(200)) })), v.maxLength(20)),
});

interface Pair {
  request: v.GenericSchema;
  answer: v.GenericSchema;
}

/** Requests the background serves. */
export const ToBackground = {
  'page-report': { request: PageReportSchema, answer: NoAnswer },
  card: { request: CardRequestSchema, answer: CardAnswerSchema },
  'refresh-index': { request: RefreshIndexSchema, answer: RefreshIndexAnswerSchema },
  ...PackRequests,
} as const satisfies Record<string, Pair>;

/** Requests a content script serves (from the background, the popup, or tests). */
export const ToContent = {
  'next-mention': { request: NextMentionSchema, answer: NoAnswer },
  reveal: { request: RevealSchema, answer: RevealAnswerSchema },
  'get-stats': { request: GetStatsSchema, answer: PageStatsSchema },
} as const satisfies Record<string, Pair>;

export type Protocol = typeof ToBackground | typeof ToContent;
export type RequestOf<P extends Protocol, K extends keyof P> = P[K] extends Pair ? v.InferOutput<P[K]['request']> : never;
export type AnswerOf<P extends Protocol, K extends keyof P> = P[K] extends Pair ? v.InferOutput<P[K]['answer']> : never;
export type AnyRequest<P extends Protocol> = { [K in keyof P]: RequestOf<P, K> }[keyof P];

export type PageReport = RequestOf<typeof ToBackground, 'page-report'>;
export type CardRequest = RequestOf<typeof ToBackground, 'card'>;
export type CardAnswer = AnswerOf<typeof ToBackground, 'card'>;
export type CardEntity = v.InferOutput<typeof CardEntitySchema>;
export type NextMention = RequestOf<typeof ToContent, 'next-mention'>;
export type Reveal = RequestOf<typeof ToContent, 'reveal'>;
export type PageStats = AnswerOf<typeof ToContent, 'get-stats'>;

const variants = new WeakMap<Protocol, v.GenericSchema>();

/** The request, if `raw` is one this side serves; otherwise null. */
export function parseRequest<P extends Protocol>(protocol: P, raw: unknown): AnyRequest<P> | null {
  let schema = variants.get(protocol);
  if (!schema) {
    const requests = Object.values(protocol).map((p: Pair) => p.request);
    schema = v.variant('type', requests as never);
    variants.set(protocol, schema);
  }
  const result = v.safeParse(schema, raw);
  return result.success ? (result.output as AnyRequest<P>) : null;
}

/** The answer to a request of `type`, if `raw` fits it; otherwise null. */
export function parseAnswer<P extends Protocol, K extends keyof P & string>(protocol: P, type: K, raw: unknown): AnswerOf<P, K> | null {
  const pair = protocol[type] as Pair | undefined;
  if (!pair) return null;
  const result = v.safeParse(pair.answer, raw);
  return result.success ? (result.output as AnswerOf<P, K>) : null;
}
