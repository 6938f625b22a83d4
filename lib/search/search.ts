/**
 * Fuzzy search over the whole dataset (fuse.js). Names and aliases (Chinese
 * ones included) weigh most; the summary helps, but a word in it never beats
 * a name. Everything is indexed once per dataset; each keystroke only queries.
 *
 * fuse.js compares the query with every entry, which is fine for the bundled
 * data but too slow for tens of thousands of entries. Past LARGE_DATASET
 * entries, a character-bigram index first picks the few hundred entries
 * that share enough of the query, and fuse.js ranks only those.
 *
 * A query that names a title ("OpenAI CEO", "阿里云 CTO") puts the people
 * holding it first (lib/search/roles), then the usual results. Chinese is
 * searched folded to simplified characters, as pages are matched.
 */
import Fuse, { type FuseOptionKey, type IFuseOptions } from 'fuse.js';
import { toAliasRule } from '../dataset/aliases';
import type { Entity } from '../dataset/dataset';
import { foldHan } from '../text/han-fold';
import { foldCase } from '../text/normalize';
import { holdersOf, parseRoleQuery } from './roles';

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

const OPTIONS: IFuseOptions<Doc> = {
  keys: KEYS,
  includeScore: true,
  threshold: 0.38,
  // Typos can sit anywhere in a name, and a summary word anywhere in the summary.
  ignoreLocation: true,
  minMatchCharLength: 1,
};

/** Above this many entities, candidates come from the bigram index first. */
export const LARGE_DATASET = 2000;
/** How many candidates fuse.js ranks for a large dataset. */
const CANDIDATES = 300;

export interface SearchHit {
  entity: Entity;
  /** 0 is a perfect match, 1 no match at all. */
  score: number;
}

export interface EntitySearch {
  search(query: string, limit?: number): SearchHit[];
}

function toDoc(entity: Entity): Doc {
  return {
    entity,
    name: entity.name,
    native: foldHan(entity.nativeName ?? ''),
    aliases: entity.aliases.map((a) => foldHan(toAliasRule(a).text)),
    summary: entity.summary,
  };
}

/** Lower case, without spaces or punctuation: what bigrams are taken from. */
function squash(text: string): string {
  return foldCase(text).replace(/[\s\p{P}]+/gu, '');
}

function grams(text: string): string[] {
  const s = squash(text);
  if (s.length < 2) return s ? [s] : [];
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return [...out];
}

class BigramIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly counts: Uint16Array;

  constructor(docs: readonly Doc[]) {
    this.counts = new Uint16Array(docs.length);
    docs.forEach((doc, id) => {
      const all = new Set<string>();
      for (const text of [doc.name, doc.native, ...doc.aliases]) for (const g of grams(text)) all.add(g);
      // Summary words count too, so a query for a word in a summary still finds its entity.
      for (const word of doc.summary.split(/\s+/)) if (word.length >= 4) for (const g of grams(word)) all.add(g);
      for (const g of all) {
        const list = this.postings.get(g);
        if (list) list.push(id);
        else this.postings.set(g, [id]);
      }
    });
  }

  /** Ids of the entries sharing the most bigrams with the query (at least a third of them). */
  candidates(query: string): number[] {
    const qs = grams(query);
    if (qs.length === 0) return [];
    const touched: number[] = [];
    for (const g of qs) {
      for (const id of this.postings.get(g) ?? []) {
        if (this.counts[id] === 0) touched.push(id);
        this.counts[id] = (this.counts[id] as number) + 1;
      }
    }
    const need = Math.max(1, Math.ceil(qs.length / 3));
    const picked = touched.filter((id) => (this.counts[id] as number) >= need);
    picked.sort((a, b) => (this.counts[b] as number) - (this.counts[a] as number));
    for (const id of touched) this.counts[id] = 0;
    return picked.slice(0, CANDIDATES);
  }
}

export function createEntitySearch(entities: readonly Entity[]): EntitySearch {
  const docs = entities.map(toDoc);
  const byId = new Map(entities.map((e) => [e.id, e]));
  let byName: (query: string, limit: number) => SearchHit[];
  if (docs.length <= LARGE_DATASET) {
    const fuse = new Fuse(docs, OPTIONS);
    byName = (q, limit) => fuse.search(q, { limit }).map((r) => ({ entity: r.item.entity, score: r.score ?? 1 }));
  } else {
    const index = new BigramIndex(docs);
    byName = (q, limit) => {
      const pool = index.candidates(q).map((id) => docs[id] as Doc);
      return new Fuse(pool, OPTIONS).search(q, { limit }).map((r) => ({ entity: r.item.entity, score: r.score ?? 1 }));
    };
  }
  return {
    search(query, limit = 12) {
      const q = foldHan(query.trim());
      if (!q) return [];
      const named = byName(q, limit);
      const role = parseRoleQuery(q);
      if (!role) return named;
      // The organisations the rest of the query names: those about as good as the best.
      const orgs = byName(role.rest, 5);
      const best = orgs[0]?.score ?? 1;
      const close = orgs.filter((h) => h.score <= best + 0.15 && h.entity.category !== 'person').map((h) => h.entity);
      const holders = holdersOf(role.title, close, byId, entities).map((h) => ({ entity: h.entity, score: 0 }));
      const seen = new Set(holders.map((h) => h.entity.id));
      return [...holders, ...named.filter((h) => !seen.has(h.entity.id))].slice(0, limit);
    },
  };
}
