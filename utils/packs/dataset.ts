/**
 * The entities in use: the bundled data and every pack the user has on,
 * stacked in their order (lib/packs/assemble). Pages, the popup and the
 * options page all read it here.
 */
import { bundledDataset } from '@/lib/dataset/bundled';
import { createDataset, type Dataset } from '@/lib/dataset/dataset';
import { type Assembled, assemblePacks } from '@/lib/packs/assemble';
import { type PacksSnapshot, readPackData, readPacks } from './storage';

let bundledAsOf: string | null = null;
function bundled() {
  const entities = bundledDataset().entities;
  bundledAsOf ??=
    entities
      .map((e) => e.asOf)
      .sort()
      .at(-1) ?? '';
  return { asOf: bundledAsOf, entities };
}

export interface PacksView extends Assembled {
  snapshot: PacksSnapshot;
}

export async function readPacksView(): Promise<PacksView> {
  const snapshot = await readPacks();
  const data = await readPackData(
    snapshot,
    snapshot.list.packs.map((p) => p.id),
  );
  return { snapshot, ...assemblePacks(snapshot.list, data, bundled()) };
}

/** Ids relations of a new pack may point at: the bundled data and every stored pack but `except`. */
export async function packTargets(except?: string): Promise<Set<string>> {
  const snapshot = await readPacks();
  const ids = new Set(bundledDataset().entities.map((e) => e.id));
  const data = await readPackData(
    snapshot,
    snapshot.list.packs.filter((p) => p.id !== except).map((p) => p.id),
  );
  for (const value of data.values()) {
    const entities = (value as { entities?: unknown }).entities;
    if (Array.isArray(entities))
      for (const e of entities) if (typeof (e as { id?: unknown })?.id === 'string') ids.add((e as { id: string }).id);
  }
  return ids;
}

export async function currentDataset(): Promise<Dataset> {
  const snapshot = await readPacks();
  // Nothing but the bundled data, as it comes: the common case costs one storage read.
  if (snapshot.list.packs.length === 1 && snapshot.list.packs[0]?.enabled) return bundledDataset();
  const enabled = snapshot.list.packs.filter((p) => p.enabled).map((p) => p.id);
  const data = await readPackData(snapshot, enabled);
  return createDataset(assemblePacks(snapshot.list, data, bundled()).entities);
}

export { watchPacks as watchDataset } from './storage';
