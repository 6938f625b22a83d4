/**
 * Relations between entities, seen from one of them: "works at Alibaba",
 * "Alibaba Cloud is part of Alibaba" read from Alibaba becomes "includes".
 */
import type { Dataset, Entity } from './dataset/dataset';
import type { Category, Relation, RelationType } from './dataset/schema';

/** The other end of a relation: enough to name it and open its card. */
export interface EntityRef {
  id: string;
  name: string;
  category: Category;
}

export interface RelatedItem {
  type: RelationType;
  /** out: this entity → other ("works at"); in: other → this entity ("employs"). */
  direction: 'out' | 'in';
  other: EntityRef;
  since?: string;
  until?: string;
  source: Relation['source'];
}

/** i18n message key for a relation read in one direction, e.g. rel_works_at_out. */
export function relationLabelKey(type: RelationType, direction: 'out' | 'in'): string {
  return `rel_${type.replace(/-/g, '_')}_${direction}`;
}

const ref = (e: Entity): EntityRef => ({ id: e.id, name: e.name, category: e.category });

/** Optional dates only when present, so the item is the same after a trip through JSON. */
function dated(item: Omit<RelatedItem, 'since' | 'until'>, r: Relation): RelatedItem {
  const out: RelatedItem = { ...item };
  if (r.since !== undefined) out.since = r.since;
  if (r.until !== undefined) out.until = r.until;
  return out;
}

/** Relations between `entity` and the entities in `among` (both directions), most recent first. */
export function relationsAmong(entity: Entity, among: ReadonlySet<string>, dataset: Dataset): RelatedItem[] {
  const items: RelatedItem[] = [];
  for (const r of entity.relations) {
    const other = dataset.byId.get(r.target);
    if (other && among.has(other.id)) items.push(dated({ type: r.type, direction: 'out', other: ref(other), source: r.source }, r));
  }
  for (const other of dataset.entities) {
    if (other.id === entity.id || !among.has(other.id)) continue;
    for (const r of other.relations) {
      if (r.target !== entity.id) continue;
      // A symmetric relation stated on both sides is shown once.
      if (r.type === 'competes-with' && items.some((i) => i.type === 'competes-with' && i.other.id === other.id)) continue;
      items.push(dated({ type: r.type, direction: 'in', other: ref(other), source: r.source }, r));
    }
  }
  return items.sort((a, b) => (b.since ?? '').localeCompare(a.since ?? ''));
}

/** Every relation whose two ends are both in `ids`: the edges of the page's story graph. */
export function edgesAmong(
  ids: readonly string[],
  dataset: Dataset,
): Array<{ from: string; to: string; type: RelationType; until?: string }> {
  const set = new Set(ids);
  const edges: Array<{ from: string; to: string; type: RelationType; until?: string }> = [];
  for (const id of ids) {
    for (const r of dataset.byId.get(id)?.relations ?? []) {
      if (set.has(r.target)) edges.push({ from: id, to: r.target, type: r.type, until: r.until });
    }
  }
  return edges;
}

/** A relation is past when it has an end date, or is a 'formerly' kind. */
export function isPast(item: { type: RelationType; until?: string }): boolean {
  return item.until !== undefined || item.type === 'formerly' || item.type === 'formerly-led';
}
