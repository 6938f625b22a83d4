/**
 * Settings: defaults declared once, the type derived from them. Storage holds
 * only what the user changed (overrides); anything unreadable in storage is
 * dropped and the default used instead.
 */
import * as v from 'valibot';
import { CATEGORIES, type Category } from '../dataset/schema';
import type { Mute } from '../mutes/mutes';

export const MARK_STYLES = ['underline', 'tint'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

export const HOVER_DELAY_MIN = 100;
export const HOVER_DELAY_MAX = 2000;

export const DEFAULT_SETTINGS = {
  /** Which categories are marked on pages. */
  categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
  /** Host names where Newslens stays off. */
  disabledSites: [] as string[],
  /** How long the pointer rests on a name before its card opens, in ms. */
  hoverDelayMs: 350,
  markStyle: 'underline' as MarkStyle,
  /** Names the reader said are not this entity ("Not this"), on one site or everywhere. */
  mutes: [] as Mute[],
};

export type Settings = typeof DEFAULT_SETTINGS;

/** What storage holds: only the values that differ from the defaults. */
export type SettingsOverrides = {
  categories?: Partial<Record<Category, boolean>>;
  disabledSites?: string[];
  hoverDelayMs?: number;
  markStyle?: MarkStyle;
  mutes?: Mute[];
};

const MuteSchema = v.strictObject({
  entity: v.pipe(v.string(), v.nonEmpty(), v.maxLength(120)),
  alias: v.pipe(v.string(), v.nonEmpty(), v.maxLength(80)),
  site: v.nullable(v.pipe(v.string(), v.nonEmpty(), v.maxLength(253))),
});

const FIELDS = {
  categories: v.record(v.picklist(CATEGORIES), v.boolean()),
  disabledSites: v.array(v.pipe(v.string(), v.nonEmpty(), v.maxLength(253))),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY_MIN), v.maxValue(HOVER_DELAY_MAX)),
  markStyle: v.picklist(MARK_STYLES),
  mutes: v.array(MuteSchema),
} satisfies Record<keyof Settings, v.GenericSchema>;

/**
 * Keeps the readable part of whatever storage returned. `repaired` is true
 * when something had to be dropped, so the caller can write the clean form back.
 */
export function sanitizeOverrides(raw: unknown): { overrides: SettingsOverrides; repaired: boolean } {
  if (raw === undefined || raw === null) return { overrides: {}, repaired: false };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { overrides: {}, repaired: true };
  const overrides: Record<string, unknown> = {};
  let repaired = false;
  for (const [key, value] of Object.entries(raw)) {
    const schema = (FIELDS as Record<string, v.GenericSchema>)[key];
    if (!schema) {
      repaired = true;
      continue;
    }
    if (key === 'categories' && value && typeof value === 'object' && !Array.isArray(value)) {
      // Keep each readable switch even when another one is broken.
      const good = Object.fromEntries(
        Object.entries(value).filter(([c, on]) => (CATEGORIES as readonly string[]).includes(c) && typeof on === 'boolean'),
      );
      if (Object.keys(good).length !== Object.keys(value).length) repaired = true;
      if (Object.keys(good).length > 0) overrides.categories = good;
      continue;
    }
    const result = v.safeParse(schema, value);
    if (result.success) overrides[key] = result.output;
    else repaired = true;
  }
  return { overrides: overrides as SettingsOverrides, repaired };
}

export function resolveSettings(overrides: SettingsOverrides): Settings {
  return {
    categories: { ...DEFAULT_SETTINGS.categories, ...overrides.categories },
    disabledSites: overrides.disabledSites ? [...overrides.disabledSites] : [],
    hoverDelayMs: overrides.hoverDelayMs ?? DEFAULT_SETTINGS.hoverDelayMs,
    markStyle: overrides.markStyle ?? DEFAULT_SETTINGS.markStyle,
    mutes: overrides.mutes ? [...overrides.mutes] : [],
  };
}

/** The overrides that describe `settings`: only values that differ from the defaults. */
export function toOverrides(settings: Settings): SettingsOverrides {
  const out: SettingsOverrides = {};
  const categories = Object.fromEntries(
    CATEGORIES.filter((c) => settings.categories[c] !== DEFAULT_SETTINGS.categories[c]).map((c) => [c, settings.categories[c]]),
  );
  if (Object.keys(categories).length > 0) out.categories = categories;
  if (settings.disabledSites.length > 0) out.disabledSites = [...new Set(settings.disabledSites)].sort();
  if (settings.hoverDelayMs !== DEFAULT_SETTINGS.hoverDelayMs) out.hoverDelayMs = settings.hoverDelayMs;
  if (settings.markStyle !== DEFAULT_SETTINGS.markStyle) out.markStyle = settings.markStyle;
  if (settings.mutes.length > 0) out.mutes = settings.mutes.map((m) => ({ ...m }));
  return out;
}

/** The key a site is switched off under: its host name, lower case, without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.includes(siteKey(hostname));
}

export function enabledCategories(settings: Settings): Set<Category> {
  return new Set(CATEGORIES.filter((c) => settings.categories[c]));
}
