/**
 * The dataset that ships with Newslens: every file in data/entities, merged
 * and validated. Validation also runs in `npm test`, so a bad file never
 * ships; here it guards against a build made from an unchecked tree.
 */
import landscape from '../../data/entities/landscape.json';
import seedStory from '../../data/entities/seed-story.json';
import { createDataset, type Dataset, stamp } from './dataset';
import { formatProblem, validateDatasetFiles } from './validate';

export const BUNDLED_FILES: Readonly<Record<string, unknown>> = {
  'data/entities/seed-story.json': seedStory,
  'data/entities/landscape.json': landscape,
};

let cached: Dataset | null = null;

export function bundledDataset(): Dataset {
  if (cached) return cached;
  const result = validateDatasetFiles(Object.values(BUNDLED_FILES));
  if (!result.ok) throw new Error(`The bundled dataset is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  cached = createDataset((result.files ?? []).flatMap((f) => stamp(f, 'bundled')));
  return cached;
}
