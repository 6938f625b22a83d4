/**
 * npm run -s pack -- --title "My pack" --revision 2 [--update-url URL] [--out pack.json] DIR|FILE...
 * Builds a Newslens knowledge pack from dataset files (each { asOf, entities }):
 * merged, validated like an import (relations may point at the bundled
 * entities), with a header carrying the SHA-256 of the entities. Publish the
 * file anywhere (a Git repository's raw URL will do) and subscribe to it from
 * the options page; raise --revision for every update.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDataset } from '../lib/dataset/bundled';
import { buildPack } from '../lib/packs/build';

const USAGE = 'usage: npm run -s pack -- --title TITLE --revision N [--update-url URL] [--out FILE] DIR|FILE...';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const args = process.argv.slice(2);
const opts: { title?: string; revision?: number; updateUrl?: string; out?: string } = {};
const paths: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  const value = () => args[++i] ?? fail(`pack: ${a} needs a value\n${USAGE}`);
  if (a === '--title') opts.title = value();
  else if (a === '--revision') opts.revision = Number(value());
  else if (a === '--update-url') opts.updateUrl = value();
  else if (a === '--out') opts.out = value();
  else if (a === '-h' || a === '--help') {
    console.log(USAGE);
    process.exit(0);
  } else if (a.startsWith('--')) fail(`pack: unknown option ${a}\n${USAGE}`);
  else paths.push(a);
}
if (!opts.title || paths.length === 0) fail(USAGE);
if (!Number.isInteger(opts.revision) || (opts.revision as number) < 1) fail('pack: --revision must be a whole number, 1 or more');

const files = paths.flatMap((p) =>
  statSync(p).isDirectory()
    ? (readdirSync(p, { recursive: true }) as string[])
        .filter((n) => n.endsWith('.json'))
        .sort()
        .map((n) => join(p, n))
    : [p],
);
const inputs = files.map((f) => {
  try {
    return JSON.parse(readFileSync(f, 'utf8')) as unknown;
  } catch (err) {
    return fail(`${f}: not valid JSON: ${(err as Error).message}`, 1);
  }
});

const result = await buildPack(
  inputs,
  { title: opts.title, revision: opts.revision as number, updateUrl: opts.updateUrl },
  bundledDataset().entities.map((e) => e.id),
);
if (!result.ok) fail(result.errors.join('\n'), 1);
const text = `${JSON.stringify(result.pack, null, 2)}\n`;
if (opts.out) {
  writeFileSync(opts.out, text);
  console.error(
    `${opts.out}: "${opts.title}" revision ${opts.revision}, ${result.pack.entities.length} entities, sha256 ${result.pack.pack.sha256}`,
  );
} else process.stdout.write(text);
