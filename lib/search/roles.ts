/**
 * Search by role: "OpenAI CEO", "Qwen head", "阿里云 CTO". A query that holds
 * a title finds the organisation named by the rest of it, then the people
 * whose relations give them that title there, current holders first. Titles
 * come from the data (a relation's `role`) and, for heads and founders, from
 * the relation's type; the synonyms below are the only words known here.
 */
import type { Entity } from '../dataset/dataset';
import type { Relation } from '../dataset/schema';
import { foldHan } from '../text/han-fold';

interface Title {
  /** How a reader may write it (lower case); the first is its name. */
  forms: string[];
  /** Relation types that hold this title even without a written role. */
  types: Relation['type'][];
}

const TITLES: Title[] = [
  { forms: ['ceo', 'chief executive officer', 'chief executive', '首席执行官', '首席执行长'], types: [] },
  { forms: ['cto', 'chief technology officer', '首席技术官'], types: [] },
  { forms: ['cfo', 'chief financial officer', '首席财务官'], types: [] },
  { forms: ['coo', 'chief operating officer', '首席运营官'], types: [] },
  { forms: ['chief ai scientist', '首席ai科学家', '首席人工智能科学家'], types: [] },
  { forms: ['chief scientist', '首席科学家'], types: [] },
  { forms: ['chairman', 'chairwoman', 'chair', 'board chair', '董事长', '董事会主席'], types: [] },
  { forms: ['president', '总裁'], types: [] },
  { forms: ['founder', 'co-founder', 'cofounder', '创始人', '联合创始人', '创办人'], types: ['founded'] },
  { forms: ['head', 'lead', 'leader', 'boss', 'chief', '负责人', '掌门人', '一把手', '领导'], types: ['leads', 'formerly-led'] },
];

/** Relations that make a person part of an organisation (the others say nothing about titles). */
const HOLDS = new Set<Relation['type']>(['leads', 'formerly-led', 'works-at', 'formerly', 'founded']);
const PAST = new Set<Relation['type']>(['formerly-led', 'formerly']);
/** Relations through which a title at one entity reaches another ("Qwen head" means the Qwen team's head). */
const WITHIN = new Set<Relation['type']>(['part-of', 'product-of']);

const fold = (s: string) => foldHan(s.toLowerCase()).replace(/\s+/g, ' ').trim();
const isLatin = (s: string) => /^[a-z0-9 .-]+$/.test(s);

/** Where `form` occurs in `text` as a word (Latin) or anywhere (Chinese); -1 if not. */
function find(text: string, form: string): number {
  if (!isLatin(form)) return text.indexOf(form);
  // A hyphen joins a word: "T-Head" is a chip maker, not a head.
  const re = new RegExp(`(^|[^a-z0-9-])${form.replace(/[.-]/g, '\\$&')}(?=$|[^a-z0-9-])`);
  const m = re.exec(text);
  return m ? m.index + (m[1] as string).length : -1;
}

export interface RoleQuery {
  title: Title;
  /** The query without the title: what names the organisation. */
  rest: string;
}

/** The title a query asks about, and the rest of it; null when it names no title (or only a title). */
export function parseRoleQuery(query: string): RoleQuery | null {
  const q = fold(query);
  let best: { title: Title; at: number; form: string } | null = null;
  for (const title of TITLES)
    for (const form of title.forms) {
      const at = find(q, form);
      if (at >= 0 && (!best || form.length > best.form.length)) best = { title, at, form };
    }
  if (!best) return null;
  const rest = `${q.slice(0, best.at)} ${q.slice(best.at + best.form.length)}`
    .replace(/(^|\s)(of|at|the|的)(?=\s|$)/g, ' ')
    .replace(/的/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return rest ? { title: best.title, rest } : null;
}

/** How well a relation gives `title`: 3 the title itself, 2 a title that contains it, 1.5 a sub-title ("head of pre-training"), 1 by type alone. */
function titleScore(r: Relation, title: Title): number {
  // An acting or interim head holds the title for now.
  const role = r.role ? fold(r.role).replace(/^(acting|interim|代理|临时)\s*/, '') : '';
  if (role) {
    if (title.forms.includes(role)) return 3;
    for (const form of title.forms) {
      const at = find(role, form);
      if (at < 0) continue;
      return /^\s*of\b/.test(role.slice(at + form.length)) ? 1.5 : 2;
    }
  }
  return title.types.includes(r.type) ? 1 : 0;
}

export interface RoleHit {
  entity: Entity;
  /** Higher is better. */
  score: number;
}

/**
 * People holding `title` at the organisations `orgs` (best first), or at what
 * those organisations belong to or are made by. Current holders rank above past ones.
 */
export function holdersOf(title: Title, orgs: readonly Entity[], byId: ReadonlyMap<string, Entity>, all: readonly Entity[]): RoleHit[] {
  const weight = new Map<string, number>();
  orgs.forEach((org, rank) => {
    const w = 1 / (1 + rank);
    if ((weight.get(org.id) ?? 0) < w) weight.set(org.id, w);
    // "Qwen head": Qwen is a product of the Qwen team, whose head is meant
    // rather than the head of the business group Qwen also belongs to. A
    // parent's title answers for its unit only faintly: Alibaba's Group CTO
    // is not Alibaba Cloud's CTO.
    const name = fold(org.name);
    for (const r of org.relations) {
      const target = byId.get(r.target);
      if (!WITHIN.has(r.type) || !target) continue;
      const tw = w * (r.type === 'part-of' ? 0.6 : fold(target.name).includes(name) ? 0.95 : 0.8);
      if ((weight.get(r.target) ?? 0) < tw) weight.set(r.target, tw);
    }
  });
  const hits = new Map<string, RoleHit>();
  for (const e of all) {
    for (const r of e.relations) {
      const w = weight.get(r.target);
      if (w === undefined || !HOLDS.has(r.type)) continue;
      const t = titleScore(r, title);
      if (t === 0) continue;
      const current = !r.until && !PAST.has(r.type);
      const score = t * w * (current ? 1 : 0.5);
      const prev = hits.get(e.id);
      if (!prev || prev.score < score) hits.set(e.id, { entity: e, score });
    }
  }
  return [...hits.values()].sort((a, b) => b.score - a.score);
}
