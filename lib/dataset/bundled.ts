/**
 * The dataset that ships with Newslens: every file under data/entities,
 * merged. The files are validated by `npm run check-data`, by the tests and
 * before every build, so pages do not pay for validating them again at load
 * time. A new file must be listed here (a test checks that none is missing).
 */
import aiLabs from '../../data/entities/ai-labs/ai-labs.json';
import alibaba from '../../data/entities/alibaba/alibaba.json';
import bigTech from '../../data/entities/big-tech/big-tech.json';
import china from '../../data/entities/china/china.json';
import media from '../../data/entities/media/media.json';
import { createDataset, type Dataset, stamp } from './dataset';
import type { DatasetFile } from './schema';

export const BUNDLED_FILES: Readonly<Record<string, unknown>> = {
  'data/entities/alibaba/alibaba.json': alibaba,
  'data/entities/china/china.json': china,
  'data/entities/ai-labs/ai-labs.json': aiLabs,
  'data/entities/big-tech/big-tech.json': bigTech,
  'data/entities/media/media.json': media,
};

let cached: Dataset | null = null;

/** The bundled entities, trusted as checked at build time. */
export function bundledDataset(): Dataset {
  cached ??= createDataset((Object.values(BUNDLED_FILES) as DatasetFile[]).flatMap((f) => stamp(f, 'bundled')));
  return cached;
}
