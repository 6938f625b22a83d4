/**
 * The bundled data's compiled match index, built from data/entities at build
 * time (scripts/build/bundled-index.ts). Content scripts import this, never
 * the data files themselves.
 */
import index from 'virtual:newslens/bundled-index';
import { type LoadedIndex, loadIndex } from '@/lib/match/compiled';

export const BUNDLED_INDEX = index;

let loaded: LoadedIndex | null = null;

/** The bundled index, loaded (once). It ships with the extension, so a failure here is a build bug. */
export function bundledIndex(): LoadedIndex {
  if (!loaded) {
    // Part of the extension's code, checked when it was compiled: not verified again in every frame.
    const result = loadIndex(BUNDLED_INDEX, { verify: false });
    if (!result.ok) throw new Error(`the bundled match index does not load: ${result.reason}`);
    loaded = result;
  }
  return loaded;
}

/** The bundled entities' ids in index order: what a user's index is layered on. */
export function bundledBase(): { dataset: string; ids: string[] } {
  const { tables, dataset } = bundledIndex();
  return { dataset, ids: Array.from({ length: tables.entityCount }, (_, i) => tables.entity(i).id) };
}
