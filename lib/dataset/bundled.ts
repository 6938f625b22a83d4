/**
 * The dataset that ships with Newslens: every file under data/entities,
 * merged. The files are validated by `npm run check-data`, by the tests and
 * before every build, so pages do not pay for validating them again at load
 * time. Each folder lists its own files in its index.ts (a test checks that none is missing).
 */
import { FILES as aiLabs } from '../../data/entities/ai-labs';
import { FILES as alibaba } from '../../data/entities/alibaba';
import { FILES as bigTech } from '../../data/entities/big-tech';
import { FILES as china } from '../../data/entities/china';
import { FILES as media } from '../../data/entities/media';
import { createDataset, type Dataset, stamp } from './dataset';
import type { DatasetFile } from './schema';

export const BUNDLED_FILES: Readonly<Record<string, unknown>> = { ...alibaba, ...china, ...aiLabs, ...bigTech, ...media };

let cached: Dataset | null = null;

/** The bundled entities, trusted as checked at build time. */
export function bundledDataset(): Dataset {
  cached ??= createDataset((Object.values(BUNDLED_FILES) as DatasetFile[]).flatMap((f) => stamp(f, 'bundled')));
  return cached;
}
