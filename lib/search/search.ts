/**
 * Fuzzy search over the whole dataset (fuse.js). The index is built once per
 * dataset; each keystroke only queries it. Names and aliases (Chinese ones
 * included) weigh most; the summary helps, but a word in it never beats a name.
 */
import Fuse, { type FuseOptionKey } from 'fuse.js';
import { toAliasRule } from '../dataset/aliases';
import type { Entity } from '../dataset/dataset';

interface Doc {
  entity: Entity;
  name: string;
  native: string;
  aliases: string[];
  summary: string;
}

const KEYS: FuseOptionKey<Doc>[] = [
  { name: 'name', weight: 4 },
  { name: 'native', weight: 3 },
  { name: 'aliases', weight: 3 },
  { name: 'summary', weight: 0.5 },
];

export interface SearchHit {
  entity: Entity;
  /** 0 is a perfect match, 1 no match at all. */
  score: number;
}

export interface EntitySearch {
  search(query: string, limit?: number): SearchHit[];
}

export function createEntitySearch(entities: readonly Entity[]): EntitySearch {
  const docs: Doc[] = entities.map((entity) => ({
    entity,
    name: entity.name,
    native: entity.nativeName ?? '',
    aliases: entity.aliases.map((a) => toAliasRule(a).text),
    summary: entity.summary,
  }));
  const fuse = new Fuse(docs, {
    keys: KEYS,
    includeScore: true,
    threshold: 0.38,
    // Typos can sit anywhere in a name, and a summary word anywhere in the summary.
    ignoreLocation: true,
    minMatchCharLength: 1,
  });
  return {
    search(query, limit = 12) {
      const q = query.trim();
      if (q.length === 0) return [];
      return fuse.search(q, { limit }).map((r) => ({ entity: r.item.entity, score: r.score ?? 1 }));
    },
  };
}
