/**
 * Why a name was marked, in the terms the card gives the reader: the words
 * nearby that supported it, the rest of the page, the story (for a name
 * away from it), or the name itself (an alias that is always a name). And
 * whether the page used a name the entity no longer goes by.
 */
import { aliasKey, toAliasRule } from '../dataset/aliases';
import type { Entity } from '../dataset/dataset';
import type { Mention } from './page-scanner';

export type WhyMarked = { kind: 'cue'; cue: string } | { kind: 'page' } | { kind: 'story' } | { kind: 'always'; name: string };

type Marked = Pick<Mention, 'support' | 'cue' | 'region' | 'text'>;

export function whyMarked(m: Marked): WhyMarked {
  if (m.region !== 'article') return { kind: 'story' };
  if (m.support === 'context' && m.cue) return { kind: 'cue', cue: m.cue };
  if (m.support === 'page') return { kind: 'page' };
  return { kind: 'always', name: m.text };
}

/** The alias as the entity lists it, when it is a former name ("Twitter" for X); otherwise null. */
export function formerName(entity: Entity, alias: string): string | null {
  const key = aliasKey({ text: alias });
  for (const a of entity.aliases) {
    const rule = toAliasRule(a);
    if (rule.former && aliasKey(rule) === key) return rule.text;
  }
  return null;
}
