/**
 * Validates every file under data/entities together (the same validator as
 * imports), then the editorial checks of lib/dataset/quality (sources read,
 * no homepage citations, fresh cards, no near-duplicate aliases, no two
 * current heads of one thing). Prints each problem with file, entity and
 * field; exits 1 if there is any. `--valid-only` stops after validation (the
 * build's guard: what ships must be valid; the editorial checks run in tests).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUNDLED_FILES } from '../lib/dataset/bundled';
import { checkQuality } from '../lib/dataset/quality';
import type { DatasetFile } from '../lib/dataset/schema';
import { formatProblem, validateDatasetFiles } from '../lib/dataset/validate';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'data', 'entities');
const paths = (readdirSync(dir, { recursive: true }) as string[])
  .filter((n) => n.endsWith('.json'))
  .map((n) => relative(root, join(dir, n)))
  .sort();
const inputs: unknown[] = [];
let failed = false;
for (const path of paths) {
  try {
    inputs.push(JSON.parse(readFileSync(join(root, path), 'utf8')));
  } catch (err) {
    console.error(`${path}: not valid JSON: ${(err as Error).message}`);
    failed = true;
  }
  if (!(path in BUNDLED_FILES)) {
    console.error(`${path}: not listed in lib/dataset/bundled.ts, so it would not ship`);
    failed = true;
  }
}
if (failed) process.exit(1);

const result = validateDatasetFiles(inputs);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${result.problems.length} problem(s) in data/entities`);
  process.exit(1);
}
const validOnly = process.argv.includes('--valid-only');
const files = (result.files ?? []).map((file: DatasetFile, i) => ({ path: paths[i] as string, file }));
const quality = validOnly ? [] : checkQuality(files);
for (const p of quality) console.error(`${p.file}: entity "${p.entity}", field ${p.field}: ${p.message}`);

const entities = result.file.entities;
const byCat = new Map<string, number>();
for (const e of entities) byCat.set(e.category, (byCat.get(e.category) ?? 0) + 1);
console.log(
  `data/entities: ${entities.length} entities in ${paths.length} file(s), ${entities.reduce((n, e) => n + e.facts.length, 0)} facts, ${entities.reduce((n, e) => n + e.relations.length, 0)} relations`,
);
console.log([...byCat].map(([c, n]) => `${c} ${n}`).join(', '));
if (quality.length > 0) {
  console.error(`\n${quality.length} editorial problem(s): see docs/DATA-GUIDE.md`);
  process.exit(1);
}
