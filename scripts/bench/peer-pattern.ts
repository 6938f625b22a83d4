/** The mark.js peer gets the same aliases as Newslens, as one RegExp (longest first, word edges where the alias has them). */
import { toAliasRule } from '../../lib/dataset/aliases';
import { bundledDataset } from '../../lib/dataset/bundled';

export function markjsPattern(): string {
  const aliases = new Set<string>();
  for (const e of bundledDataset().entities) for (const a of e.aliases) aliases.add(toAliasRule(a).text);
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const latin = /[A-Za-z0-9]/;
  const parts = [...aliases]
    .sort((a, b) => b.length - a.length)
    .map(
      (a) =>
        `${latin.test(a[0] ?? '') ? '(?<![\\p{L}\\p{N}])' : ''}${escapeRegExp(a)}${latin.test(a.at(-1) ?? '') ? '(?![\\p{L}\\p{N}])' : ''}`,
    );
  return `(?:${parts.join('|')})`;
}
