/**
 * The bundled data's compiled match index, produced at build time as the
 * virtual module `virtual:newslens/bundled-index`: what the content script
 * imports instead of data/entities/*.json (no summary, fact or source in it).
 * The data files are read fresh on every build and watched in development,
 * and must validate, or the build fails naming the entity and field.
 *
 * NEWSLENS_SYNTHETIC_ENTITIES=N pads the index with synthetic entities up to
 * N (benchmarks of a large dataset only; never set for a real build).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { BUNDLED_FILES } from '../../lib/dataset/bundled';
import { datasetChecksum } from '../../lib/dataset/checksum';
import { type Entity, stamp } from '../../lib/dataset/dataset';
import type { DatasetFile } from '../../lib/dataset/schema';
import { formatProblem, validateDatasetFiles } from '../../lib/dataset/validate';
import { type CompiledIndex, compileEntities } from '../../lib/match/compiled';
import { syntheticEntities } from '../bench/synthetic';

export const BUNDLED_INDEX_ID = 'virtual:newslens/bundled-index';
const RESOLVED = `\0${BUNDLED_INDEX_ID}`;
const root = join(import.meta.dirname, '../..');

/** Reads, validates and compiles the bundled data, as the build does. */
export function compileBundledData(paths = Object.keys(BUNDLED_FILES), pad = Number(process.env.NEWSLENS_SYNTHETIC_ENTITIES ?? 0)) {
  const files = paths.map((p) => JSON.parse(readFileSync(join(root, p), 'utf8')) as DatasetFile);
  const checked = validateDatasetFiles(files);
  if (!checked.ok) throw new Error(`data/entities does not validate:\n${checked.problems.map(formatProblem).join('\n')}`);
  // The same entities, in the same order, as lib/dataset/bundled gives the background and the popup.
  let entities: Entity[] = files.flatMap((f) => stamp(f, 'bundled'));
  if (pad > entities.length) entities = [...entities, ...syntheticEntities(pad - entities.length)];
  return { index: compileEntities(entities, datasetChecksum(entities)), paths };
}

export function bundledIndexPlugin(): Plugin {
  return {
    name: 'newslens-bundled-index',
    resolveId: (source) => (source === BUNDLED_INDEX_ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { index, paths } = compileBundledData();
      for (const p of paths) this.addWatchFile(join(root, p));
      return moduleSource(index);
    },
  };
}

/**
 * The index as an object literal. JSON.parse of a string literal is the
 * faster way to carry an object of many small parts, but this one is a dozen
 * fields around four long strings: as literals, the script's compiler reads
 * them once, where JSON.parse read them a second time at start-up (with their
 * quotes escaped twice over), ~2 ms of every frame's cold start.
 */
export function moduleSource(index: CompiledIndex): string {
  return `export default ${JSON.stringify(index)};\n`;
}
