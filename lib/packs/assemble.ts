/**
 * From the pack list and each pack's stored data to the entities in use:
 * every pack's data checked again by this version's validator (relations may
 * point anywhere; the stack drops those whose target is not in use), unusable ones set aside with the reason, the rest
 * stacked in the user's order. The options page shows the same result the
 * pages use, so what it says is what is marked.
 */
import type { Entity } from '../dataset/dataset';
import type { EntityInput } from '../dataset/schema';
import { formatProblem, validateDatasetFile } from '../dataset/validate';
import { resolveStack, type Shadowed, type StackedPack } from './stack';
import { BUNDLED_PACK_ID, type PackList } from './store';

export type PackState =
  /** Its entities are in the stack (some may be shadowed by a higher pack). */
  | 'in-use'
  /** Switched off by the user. */
  | 'off'
  /** A subscription with no revision downloaded yet. */
  | 'empty'
  /** Stored data this version cannot use; kept, not used. */
  | 'invalid';

export interface PackStatus {
  id: string;
  state: PackState;
  /** Entities the pack holds (valid ones), before precedence. */
  entityCount: number;
  /** Why the stored data cannot be used (state invalid). */
  problems: string[];
  /** Ids this pack defines that a higher pack wins, with that pack's id. */
  shadowed: Array<{ id: string; by: string }>;
}

export interface Assembled {
  entities: Entity[];
  status: PackStatus[];
  shadowed: Shadowed[];
}

/** Every id the relations in `raw` name. */
function relationTargets(raw: unknown): Set<string> {
  const ids = new Set<string>();
  const entities = (raw as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(entities)) return ids;
  for (const e of entities) {
    const relations = (e as { relations?: unknown } | null)?.relations;
    if (Array.isArray(relations)) for (const r of relations) if (typeof r?.target === 'string') ids.add(r.target);
  }
  return ids;
}

export function assemblePacks(
  list: PackList,
  data: ReadonlyMap<string, unknown>,
  bundled: { asOf: string; entities: readonly EntityInput[] },
): Assembled {
  const stacked: StackedPack[] = [];
  const status = new Map<string, PackStatus>();
  for (const p of list.packs) {
    const base = { id: p.id, entityCount: 0, problems: [] as string[], shadowed: [] };
    if (p.id === BUNDLED_PACK_ID) {
      status.set(p.id, { ...base, state: p.enabled ? 'in-use' : 'off', entityCount: bundled.entities.length });
      stacked.push({ key: p.id, title: p.title, asOf: bundled.asOf, enabled: p.enabled, origin: 'bundled', entities: bundled.entities });
      continue;
    }
    const raw = data.get(p.id);
    if (raw === undefined) {
      status.set(p.id, { ...base, state: 'empty' });
      continue;
    }
    // Relations to a pack removed or switched off since are not this pack's fault: the stack drops them.
    const checked = validateDatasetFile(raw, { targets: relationTargets(raw) });
    if (!checked.ok) {
      status.set(p.id, { ...base, state: 'invalid', problems: checked.problems.map(formatProblem) });
      continue;
    }
    const { entities, asOf } = checked.file;
    status.set(p.id, { ...base, state: p.enabled ? 'in-use' : 'off', entityCount: entities.length });
    stacked.push({ key: p.id, title: p.title, asOf, enabled: p.enabled, origin: 'user', entities });
  }

  const stack = resolveStack(stacked);
  for (const s of stack.shadowed) status.get(s.pack)?.shadowed.push({ id: s.id, by: s.by });
  return { entities: stack.entities, status: list.packs.map((p) => status.get(p.id) as PackStatus), shadowed: stack.shadowed };
}
