/**
 * "Not this": a reader's word that an alias does not mean its entity, on one
 * site or everywhere. Pure rules; the list itself is stored with the settings.
 * An alias is compared as the matcher compares it (case and Chinese script
 * folded), so muting "Twitter" also mutes "twitter".
 */
import { aliasKey } from '../dataset/aliases';

export interface Mute {
  /** The entity id. */
  entity: string;
  /** The alias as the dataset writes it. */
  alias: string;
  /** The site (settings' siteKey form), or null for everywhere. */
  site: string | null;
}

const same = (a: Mute, b: Mute) =>
  a.entity === b.entity && aliasKey({ text: a.alias }) === aliasKey({ text: b.alias }) && a.site === b.site;

/** The list with `mute` added (once). */
export function addMute(list: readonly Mute[], mute: Mute): Mute[] {
  return list.some((m) => same(m, mute)) ? [...list] : [...list, mute];
}

/** The list without `mute`. */
export function removeMute(list: readonly Mute[], mute: Mute): Mute[] {
  return list.filter((m) => !same(m, mute));
}

/** A test for "is this alias of this entity muted on `site`?", built once per list. */
export function mutedOn(list: readonly Mute[], site: string): (entity: string, alias: string) => boolean {
  const keys = new Set(
    list.filter((m) => m.site === null || m.site === site).map((m) => `${m.entity}\u0000${aliasKey({ text: m.alias })}`),
  );
  if (keys.size === 0) return () => false;
  return (entity, alias) => keys.has(`${entity}\u0000${aliasKey({ text: alias })}`);
}
