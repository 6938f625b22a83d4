/**
 * What match index the packs in use need. Content scripts always have the
 * bundled index (built with the extension); the packs add to it:
 * - nothing, when only the bundled data is in use, as it ships;
 * - an extension layered on the bundled index, when the bundled entities are
 *   all in use unchanged (the usual case: packs add entities);
 * - a full index of every entity in use, when a pack changes the bundled
 *   data's meaning (it wins an id or an alias of a bundled entity, or the
 *   bundled data is off), which a layer on top cannot express.
 */
import { datasetChecksum } from '../dataset/checksum';
import type { Entity } from '../dataset/dataset';
import type { PackList } from './store';

export type IndexPlan = { kind: 'none' } | { kind: 'extension'; entities: Entity[] } | { kind: 'full'; entities: Entity[] };

export function planIndex(inUse: readonly Entity[], bundled: readonly Entity[]): IndexPlan {
  const byId = new Map(inUse.map((e) => [e.id, e]));
  const intact = bundled.every((b) => {
    const e = byId.get(b.id);
    return e?.origin === 'bundled' && e.aliases.length === b.aliases.length && e.relations.length === b.relations.length;
  });
  if (!intact) return { kind: 'full', entities: [...inUse] };
  const added = inUse.filter((e) => e.origin !== 'bundled');
  return added.length === 0 ? { kind: 'none' } : { kind: 'extension', entities: added };
}

/**
 * Names what an index was built from: the packs in their order, on or off,
 * each revision stored (every data write sets updatedAt), and the bundled
 * index it goes with. Any change gives another key, so a stale index is
 * recognised and rebuilt.
 */
export function stackKey(list: PackList, bundledChecksum: string): string {
  return datasetChecksum([bundledChecksum, list.packs.map((p) => [p.id, p.enabled, p.updatedAt, p.sha256, p.entityCount])]);
}
