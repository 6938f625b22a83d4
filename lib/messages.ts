/**
 * Every message Newslens sends between its parts, typed once and checked
 * where it arrives: a message that does not fit is ignored, never trusted.
 */
import * as v from 'valibot';

const EntityId = v.pipe(v.string(), v.maxLength(120));

/** content script → background: what this frame shows. */
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

/** background (keyboard command) → content script: step to the next mention and open its card. */
export const NextMentionSchema = v.strictObject({ type: v.literal('next-mention'), backwards: v.optional(v.boolean()) });

/** popup → content script: scroll to the first mention of an entity and flash it. */
export const RevealSchema = v.strictObject({ type: v.literal('reveal'), entity: EntityId });

/** tests and diagnostics → content script: how long Newslens's work on this page took. */
export const GetStatsSchema = v.strictObject({ type: v.literal('get-stats') });

export const MessageSchema = v.variant('type', [PageReportSchema, NextMentionSchema, RevealSchema, GetStatsSchema]);

export type PageReport = v.InferOutput<typeof PageReportSchema>;
export type NextMention = v.InferOutput<typeof NextMentionSchema>;
export type Reveal = v.InferOutput<typeof RevealSchema>;
export type Message = v.InferOutput<typeof MessageSchema>;

/** The content script's answer to get-stats. */
export interface PageStats {
  slices: number;
  longestSliceMs: number;
  /** What the longest slice was doing. */
  longestSlice: string;
  totalMs: number;
  mentions: number;
  /** True when no scan is queued or running: the page's marks are final until it changes. */
  idle: boolean;
  /** The last mentions the popup asked to show (reveal), oldest first. */
  revealed: Array<{ entity: string; text: string }>;
}

/** The message, if `raw` is one of ours; otherwise null. */
export function parseMessage(raw: unknown): Message | null {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? result.output : null;
}
