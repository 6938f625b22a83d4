import { foldCase, foldForMatch, normalizeText } from '../text/normalize';
import type { Alias, AliasRule } from './schema';

/** A plain-string alias is shorthand for a rule with every option off. */
export function toAliasRule(alias: Alias): AliasRule {
  return typeof alias === 'string' ? { text: alias } : alias;
}

/**
 * The form two aliases are compared in when checking who owns which alias:
 * as the matcher compares them, letter case and Chinese script folded
 * (通义千问 and 通義千問 are one alias).
 */
export function aliasKey(rule: AliasRule): string {
  return foldForMatch(normalizeText(rule.text));
}

/** The alias as written, only case and white space ignored: listing it twice in one entity is a slip. */
export function writtenKey(rule: AliasRule): string {
  return foldCase(normalizeText(rule.text));
}
