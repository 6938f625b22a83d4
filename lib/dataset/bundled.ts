/**
 * The dataset that ships with Newslens: every file in data/entities, merged.
 * The files are validated by `npm run check-data`, by the tests and before
 * every build, so pages do not pay for validating them again at load time.
 */
import landscape from '../../data/entities/landscape.json';
import seedStory from '../../data/entities/seed-story.json';
import { createDataset, type Dataset, stamp } from './dataset';
import type { DatasetFile } from './schema';

export const BUNDLED_FILES: Readonly<Record<string, unknown>> = {
  'data/entities/seed-story.json': seedStory,
  'data/entities/landscape.json': landscape,
};

let cached: Dataset | null = null;

/** The bundled entities, trusted as checked at build time. */
export function bundledDataset(): Dataset {
  cached ??= createDataset((Object.values(BUNDLED_FILES) as DatasetFile[]).flatMap((f) => stamp(f, 'bundled')));
  return cached;
}
