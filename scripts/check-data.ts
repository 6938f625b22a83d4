/** Validates every file in data/entities and prints each problem, naming entity and field. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, validateDatasetFiles } from '../lib/dataset/validate';

const dir = join(import.meta.dirname, '..', 'data', 'entities');
const names = readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .sort();
const inputs: unknown[] = [];
for (const name of names) {
  try {
    inputs.push(JSON.parse(readFileSync(join(dir, name), 'utf8')));
  } catch (err) {
    console.error(`data/entities/${name}: not valid JSON: ${(err as Error).message}`);
    process.exit(1);
  }
}
const result = validateDatasetFiles(inputs);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${result.problems.length} problem(s) in data/entities`);
  process.exit(1);
}
const entities = result.file.entities;
const byCat = new Map<string, number>();
for (const e of entities) byCat.set(e.category, (byCat.get(e.category) ?? 0) + 1);
console.log(
  `data/entities: ${entities.length} entities in ${names.length} file(s), ${entities.reduce((n, e) => n + e.facts.length, 0)} facts`,
);
console.log([...byCat].map(([c, n]) => `${c} ${n}`).join(', '));
