/**
 * The shape of a Newslens dataset, as a valibot schema. The same schema checks
 * the bundled files in data/ and any dataset a user imports; the cross-entity
 * rules a schema cannot express live in validate.ts.
 */
import * as v from 'valibot';

export const CATEGORIES = ['person', 'company', 'product', 'lab', 'media'] as const;
export type Category = (typeof CATEGORIES)[number];

export const RELATION_TYPES = [
  'works-at',
  'formerly',
  'leads',
  'formerly-led',
  'reports-to',
  'part-of',
  'product-of',
  'founded',
  'succeeded',
  'competes-with',
  'uses',
  'invested-in',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Year, year-month or full date; a real calendar date. */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** Anything that looks like a tag, a comment, an entity reference or a control character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this rejects
const MARKUP = /<[a-zA-Z/!?]|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);|[\u0000-\u0008\u000b-\u001f\u007f]/;

export function hasMarkup(value: string): boolean {
  return MARKUP.test(value);
}

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

const plainText = (max: number) =>
  v.pipe(
    v.string('must be a string'),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check((s) => !hasMarkup(s), 'must be plain text (no HTML tags, entities or control characters)'),
  );

const isoDate = v.pipe(v.string('must be a string'), v.check(isIsoDate, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'));

const httpUrl = v.pipe(v.string('must be a string'), v.check(isHttpUrl, 'must be an http(s) URL'));

/** A full calendar date, YYYY-MM-DD. */
const fullDate = v.pipe(
  v.string('must be a string'),
  v.check((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isIsoDate(s), 'must be a full date: YYYY-MM-DD'),
);

export const SourceSchema = v.strictObject({
  title: plainText(200),
  url: httpUrl,
  /** The day someone read this page and saw it state the fact (required for the bundled data by check-data). */
  retrieved: v.optional(fullDate),
});

export const AliasRuleSchema = v.strictObject({
  text: plainText(80),
  /** Match only with this exact capitalisation (default: any case). */
  caseSensitive: v.optional(v.boolean('must be true or false')),
  /** Counts only with supporting context nearby or on the page. */
  needsContext: v.optional(v.boolean('must be true or false')),
  /** Also claimed by another entity: context decides between them. */
  shared: v.optional(v.boolean('must be true or false')),
  /** A version number may follow ("Qwen2.5", "Doubao-1.5") and is part of the mention. */
  versioned: v.optional(v.boolean('must be true or false')),
  /** Longer phrases that contain this alias but are not a mention ("Meta Knight", "seed funding"). */
  exclude: v.optional(v.array(plainText(80), 'must be a list of phrases')),
  /** A name the entity no longer uses ("Twitter" for X): the card says so when the page uses it. */
  former: v.optional(v.boolean('must be true or false')),
});

export const AliasSchema = v.union([plainText(80), AliasRuleSchema], 'must be a string or an alias rule object');

export const FactSchema = v.strictObject({
  text: plainText(400),
  date: v.optional(isoDate),
  source: SourceSchema,
});

export const RelationSchema = v.strictObject({
  type: v.picklist(RELATION_TYPES, `must be one of: ${RELATION_TYPES.join(', ')}`),
  target: v.string('must be an entity id'),
  /** The title held, for works-at and leads ("CEO", "chief scientist"): search finds people by it. */
  role: v.optional(plainText(60)),
  since: v.optional(isoDate),
  until: v.optional(isoDate),
  source: SourceSchema,
});

const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export const EntitySchema = v.strictObject({
  id: v.pipe(v.string('must be a string'), v.regex(ID, 'must be lowercase letters, digits, dots and hyphens')),
  name: plainText(80),
  /** The name in the other script (Chinese for a Latin name, or the reverse). */
  nativeName: v.optional(plainText(80)),
  category: v.picklist(CATEGORIES, `must be one of: ${CATEGORIES.join(', ')}`),
  aliases: v.pipe(v.array(AliasSchema, 'must be a list'), v.minLength(1, 'must list at least one alias')),
  /** Words whose presence nearby supports this entity's context-dependent aliases. */
  context: v.optional(v.array(plainText(60), 'must be a list of words')),
  summary: plainText(400),
  homepage: v.optional(httpUrl),
  /** When the entity ceased (a company dissolved, a product retired); active entities have none. */
  ended: v.optional(isoDate),
  facts: v.pipe(v.array(FactSchema, 'must be a list'), v.minLength(1, 'must list at least one sourced fact')),
  relations: v.array(RelationSchema, 'must be a list'),
});

export const DatasetFileSchema = v.strictObject({
  /** The day the knowledge in this file was last checked. */
  asOf: isoDate,
  entities: v.array(EntitySchema, 'must be a list of entities'),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type AliasRule = v.InferOutput<typeof AliasRuleSchema>;
export type Alias = v.InferOutput<typeof AliasSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Relation = v.InferOutput<typeof RelationSchema>;
export type EntityInput = v.InferOutput<typeof EntitySchema>;
export type DatasetFile = v.InferOutput<typeof DatasetFileSchema>;
