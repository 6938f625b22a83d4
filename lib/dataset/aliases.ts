import { foldCase, normalizeText } from '../text/normalize';
import type { Alias, AliasRule } from './schema';

/** A plain-string alias is shorthand for a rule with every option off. */
export function toAliasRule(alias: Alias): AliasRule {
  return typeof alias === 'string' ? { text: alias } : alias;
}

/** The form two aliases are compared in when checking who owns which alias. */
export function aliasKey(rule: AliasRule): string {
  return foldCase(normalizeText(rule.text));
}
