/**
 * Validates dataset files: the valibot schema first, then the rules that need
 * the whole set (unique ids, relation targets, alias ownership, date order).
 * Every problem names the entity and the field at fault. Nothing is partially
 * accepted: a file with one error yields no entities.
 */
import * as v from 'valibot';
import { foldForMatch, normalizeText } from '../text/normalize';
import { aliasKey, toAliasRule, writtenKey } from './aliases';
import { parseExclusion } from './exclusion-pattern';
import { type AliasRule, type DatasetFile, DatasetFileSchema, type EntityInput } from './schema';

export interface DatasetProblem {
  /** The entity id (or its position when the id itself is unusable). */
  entity: string | null;
  /** Dotted path of the field inside the entity, e.g. `facts[2].source.url`. */
  field: string;
  message: string;
}

export type ValidationResult = { ok: true; file: DatasetFile } | { ok: false; problems: DatasetProblem[] };

export function formatProblem(p: DatasetProblem): string {
  const where = p.entity ? `entity "${p.entity}"` : 'dataset';
  return `${where}, field ${p.field || '(root)'}: ${p.message}`;
}

function pathOf(issue: v.BaseIssue<unknown>): Array<string | number> {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
}

function fieldPath(parts: Array<string | number>): string {
  let out = '';
  for (const p of parts) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.expected === 'never') return 'is not a known field';
  if (issue.input === undefined) return 'is required';
  return issue.message;
}

/** Maps a schema issue to the entity it sits in, using the raw input to find the id. */
function schemaProblem(issue: v.BaseIssue<unknown>, input: unknown): DatasetProblem {
  const path = pathOf(issue);
  if (path[0] === 'entities' && typeof path[1] === 'number') {
    const raw = (input as { entities?: unknown[] }).entities?.[path[1]];
    const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
    const field = fieldPath(path.slice(2));
    return { entity: id ?? `#${path[1] + 1}`, field, message: issueMessage(issue) };
  }
  return { entity: null, field: fieldPath(path), message: issueMessage(issue) };
}

export interface ValidateOptions {
  /** Entities already loaded (e.g. the bundled set when checking an import): ids and aliases must not collide with them, relations may point at them. */
  existing?: readonly EntityInput[];
  /** Further ids relations may point at, with no claim on ids or aliases (entities of other packs, which precedence decides between). */
  targets?: Iterable<string>;
}

/** Validates one dataset file. */
export function validateDatasetFile(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return validateDatasetFiles([input], options);
}

/** Validates several files that are merged into one dataset (the bundled data/ folder). */
export function validateDatasetFiles(
  inputs: readonly unknown[],
  options: ValidateOptions = {},
): ValidationResult & { files?: DatasetFile[] } {
  const problems: DatasetProblem[] = [];
  const files: DatasetFile[] = [];
  for (const input of inputs) {
    const result = v.safeParse(DatasetFileSchema, input, { abortPipeEarly: true });
    if (result.success) files.push(result.output);
    else for (const issue of result.issues) problems.push(schemaProblem(issue, input));
  }
  if (problems.length > 0) return { ok: false, problems };
  problems.push(
    ...crossCheck(
      files.flatMap((f) => f.entities),
      options.existing ?? [],
      new Set(options.targets ?? []),
    ),
  );
  if (problems.length > 0) return { ok: false, problems };
  const merged: DatasetFile = {
    asOf:
      files
        .map((f) => f.asOf)
        .sort()
        .at(-1) ?? '',
    entities: files.flatMap((f) => f.entities),
  };
  return { ok: true, file: merged, files };
}

function crossCheck(entities: readonly EntityInput[], existing: readonly EntityInput[], targets: ReadonlySet<string>): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const ids = new Set(existing.map((e) => e.id));
  const existingIds = new Set(ids);
  for (const e of entities) {
    if (existingIds.has(e.id)) problems.push({ entity: e.id, field: 'id', message: 'is already used by the bundled dataset' });
    else if (ids.has(e.id)) problems.push({ entity: e.id, field: 'id', message: 'is used by more than one entity' });
    ids.add(e.id);
  }

  // Alias ownership: the same alias (as the matcher compares it) may only be
  // claimed twice when every claimant marks it shared.
  const owners = new Map<string, Array<{ id: string; rule: AliasRule; field: string; own: boolean }>>();
  const claim = (e: EntityInput, own: boolean) => {
    const seen = new Set<string>();
    e.aliases.forEach((alias, i) => {
      const rule = toAliasRule(alias);
      const key = aliasKey(rule);
      const field = `aliases[${i}]`;
      // The same name in both Chinese scripts is allowed (the matcher reads them as one); the same writing twice is a slip.
      const written = writtenKey(rule);
      if (own && seen.has(written)) problems.push({ entity: e.id, field, message: `repeats the alias "${rule.text}"` });
      seen.add(written);
      const list = owners.get(key) ?? [];
      list.push({ id: e.id, rule, field, own });
      owners.set(key, list);
      if (own) {
        for (const [j, phrase] of (rule.exclude ?? []).entries()) {
          const parsed = parseExclusion(normalizeText(phrase), normalizeText(rule.text), foldForMatch);
          if (!parsed.ok) problems.push({ entity: e.id, field: `${field}.exclude[${j}]`, message: parsed.message });
        }
      }
    });
  };
  for (const e of existing) claim(e, false);
  for (const e of entities) claim(e, true);
  for (const list of owners.values()) {
    const ids = new Set(list.map((o) => o.id));
    if (ids.size < 2) continue;
    for (const o of list) {
      if (!o.own || o.rule.shared) continue;
      const others = [...ids].filter((id) => id !== o.id).join(', ');
      problems.push({
        entity: o.id,
        field: o.field,
        message: `"${o.rule.text}" is also an alias of ${others}; mark it "shared": true on every entity that claims it`,
      });
    }
  }

  for (const e of entities) {
    e.relations.forEach((r, i) => {
      const field = `relations[${i}]`;
      if (!ids.has(r.target) && !targets.has(r.target))
        problems.push({ entity: e.id, field: `${field}.target`, message: `points to "${r.target}", which is not an entity` });
      else if (r.target === e.id) problems.push({ entity: e.id, field: `${field}.target`, message: 'points to the entity itself' });
      if (r.since && r.until && r.until < r.since)
        problems.push({ entity: e.id, field: `${field}.until`, message: `is before since (${r.since})` });
    });
  }
  return problems;
}
