/**
 * Settings: every setting declared once, with its default and how it is
 * stored (lib/settings/fields.ts); the defaults and the Settings type are
 * derived from the declarations. Storage holds only what the user changed,
 * as one object; the rules for reading and changing it live in
 * lib/settings/stored.ts, versions and migrations in lib/settings/migrations.ts.
 *
 * To add a setting: declare it in SETTINGS below. A new key needs no
 * migration (older stored objects simply lack it); a key is never reused with
 * another meaning (older versions still read it), so changing what a key holds
 * means a new key and a migration.
 */
import * as v from 'valibot';
import { CATEGORIES, type Category } from '../dataset/schema';
import type { Mute } from '../mutes/mutes';
import { type Field, list, records, switches, value } from './fields';

export const MARK_STYLES = ['underline', 'tint'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

export const HOVER_DELAY_MIN = 100;
export const HOVER_DELAY_MAX = 2000;

const SiteKey = v.pipe(v.string(), v.nonEmpty(), v.maxLength(253));

// Loose: a newer version's extra fields on a mute ride along unchanged.
const MuteSchema = v.looseObject({
  entity: v.pipe(v.string(), v.nonEmpty(), v.maxLength(120)),
  alias: v.pipe(v.string(), v.nonEmpty(), v.maxLength(80)),
  site: v.nullable(SiteKey),
});

export const SETTINGS = {
  /** Which categories are marked on pages. */
  categories: switches<Category>(CATEGORIES, true),
  /** Host names where Newslens stays off (see siteKey). */
  disabledSites: list(SiteKey),
  /** How long the pointer rests on a name before its card opens, in ms. */
  hoverDelayMs: value(v.pipe(v.number(), v.integer(), v.minValue(HOVER_DELAY_MIN), v.maxValue(HOVER_DELAY_MAX)), 350),
  markStyle: value<MarkStyle>(v.picklist(MARK_STYLES), 'underline'),
  /** Names the reader said are not this entity ("Not this"), on one site or everywhere. */
  mutes: records<Mute>(MuteSchema, (m) => `${m.entity}\u0000${m.alias}\u0000${m.site ?? ''}`),
};

type Declared = typeof SETTINGS;
export type SettingName = keyof Declared;
export type Settings = { [K in SettingName]: Declared[K] extends Field<infer T> ? T : never };

export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

/** One setting's declaration, without its value type (for code that handles every setting alike). */
export function fieldOf(name: SettingName): Field<unknown> {
  return SETTINGS[name] as Field<unknown>;
}

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(SETTING_NAMES.map((k) => [k, SETTINGS[k].default])) as Settings;

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
