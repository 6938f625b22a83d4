/**
 * Editorial checks for the bundled data, beyond what makes a dataset valid:
 * every source read and dated, no homepage cited as a source, no card that
 * has gone stale, no near-duplicate alias across entities, no two current
 * heads of one thing. `npm run check-data` fails on any of them; imports are
 * not held to them (a user's own notes need not be publishable).
 */
import { aliasKey, toAliasRule } from './aliases';
import type { DatasetFile, EntityInput, Source } from './schema';

export interface QualityProblem {
  file: string;
  entity: string;
  field: string;
  message: string;
}

/** How recent an active entity's newest fact must be, relative to its file's asOf. */
export const FRESH_MONTHS = 12;

/** Phrases that are true only on the day they were written. */
const AGES_BADLY = /\b(recently|currently|has just|this (year|month|week)|last (year|month|week)|next (year|month)|nowadays)\b/i;

/** True for a URL that is a site's front page rather than a page stating something. */
export function isHomepage(url: string): boolean {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/(index\.html?)?$/, '');
    return path === '' && u.search === '' && u.hash === '';
  } catch {
    return false;
  }
}

/** YYYY, YYYY-MM or YYYY-MM-DD as a month count, for comparing dates of any precision (the latest month they allow). */
function monthOf(date: string): number {
  const [y, m] = date.split('-');
  return Number(y) * 12 + (m === undefined ? 11 : Number(m) - 1);
}

/**
 * The key two aliases are compared in for "near duplicate": case, spaces,
 * hyphens, dots and apostrophes ignored ("Deep Seek", "deepseek", "Deep-Seek").
 */
export function nearKey(text: string): string {
  return aliasKey({ text })
    .replace(/[\s\-_.'’·・]/g, '')
    .normalize('NFKC');
}

export function checkQuality(files: ReadonlyArray<{ path: string; file: DatasetFile }>): QualityProblem[] {
  const problems: QualityProblem[] = [];
  const where = new Map<string, string>();
  for (const { path, file } of files) for (const e of file.entities) where.set(e.id, path);

  for (const { path, file } of files) {
    const asOf = monthOf(file.asOf);
    for (const e of file.entities) {
      const report = (field: string, message: string) => problems.push({ file: path, entity: e.id, field, message });
      const source = (field: string, s: Source) => {
        if (!s.retrieved) report(`${field}.source.retrieved`, 'is required: the date the page was read');
        else if (s.retrieved > todayIso()) report(`${field}.source.retrieved`, `is in the future (${s.retrieved})`);
        if (isHomepage(s.url)) report(`${field}.source.url`, `is a homepage (${s.url}); cite the page that states it`);
      };
      e.facts.forEach((f, i) => {
        if (!f.date) report(`facts[${i}].date`, 'is required: when it happened or was true');
        else if (monthOf(f.date) > asOf + (f.date.length === 4 ? 11 : 0))
          report(`facts[${i}].date`, `(${f.date}) is after the file's asOf (${file.asOf})`);
        if (AGES_BADLY.test(f.text)) report(`facts[${i}].text`, `says "${AGES_BADLY.exec(f.text)?.[0]}": write the date instead`);
        source(`facts[${i}]`, f.source);
      });
      e.relations.forEach((r, i) => {
        source(`relations[${i}]`, r.source);
      });
      if (!e.ended) {
        const newest = Math.max(-1, ...e.facts.filter((f) => f.date).map((f) => monthOf(f.date as string)));
        if (newest < asOf - FRESH_MONTHS)
          report('facts', `has no fact from the ${FRESH_MONTHS} months before asOf ${file.asOf}: the card is stale`);
      }
    }
  }

  problems.push(...nearDuplicateAliases(files, where), ...competingHeads(files, where));
  return problems;
}

function nearDuplicateAliases(
  files: ReadonlyArray<{ path: string; file: DatasetFile }>,
  where: ReadonlyMap<string, string>,
): QualityProblem[] {
  const seen = new Map<string, Array<{ id: string; text: string; exact: string; shared: boolean }>>();
  for (const { file } of files)
    for (const e of file.entities)
      for (const alias of e.aliases) {
        const rule = toAliasRule(alias);
        const key = nearKey(rule.text);
        const list = seen.get(key) ?? [];
        list.push({ id: e.id, text: rule.text, exact: aliasKey(rule), shared: rule.shared === true });
        seen.set(key, list);
      }
  const problems: QualityProblem[] = [];
  for (const list of seen.values()) {
    const ids = new Set(list.map((x) => x.id));
    if (ids.size < 2) continue;
    // Exact duplicates are the validator's business (allowed when shared); near ones are easy to miss.
    if (new Set(list.map((x) => x.exact)).size === 1 && list.every((x) => x.shared)) continue;
    const [first, ...rest] = list;
    for (const other of rest) {
      if (other.id === first?.id) continue;
      problems.push({
        file: where.get(other.id) ?? '',
        entity: other.id,
        field: 'aliases',
        message: `"${other.text}" nearly repeats "${first?.text}" of ${first?.id}: one owner, or mark both shared`,
      });
    }
  }
  return problems;
}

/** Two entities that both currently lead one target in the same role (or both without a role). */
function competingHeads(files: ReadonlyArray<{ path: string; file: DatasetFile }>, where: ReadonlyMap<string, string>): QualityProblem[] {
  const heads = new Map<string, EntityInput[]>();
  for (const { file } of files)
    for (const e of file.entities)
      for (const r of e.relations) {
        if (r.type !== 'leads' || r.until) continue;
        const key = `${r.target}\u0000${(r.role ?? '').toLowerCase()}`;
        const list = heads.get(key) ?? [];
        if (!list.includes(e)) list.push(e);
        heads.set(key, list);
      }
  const problems: QualityProblem[] = [];
  for (const [key, list] of heads) {
    if (list.length < 2) continue;
    const [target, role] = key.split('\u0000');
    for (const e of list.slice(1))
      problems.push({
        file: where.get(e.id) ?? '',
        entity: e.id,
        field: 'relations',
        message: `leads ${target}${role ? ` as ${role}` : ''} now, and so does ${list[0]?.id}: give one an "until", or distinct roles`,
      });
  }
  return problems;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
