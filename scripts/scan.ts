/**
 * npm run -s scan -- [--json] [--categories person,company] FILE...
 * Runs the detection engine on HTML or plain-text files and prints what a page
 * would show: a table per file, or with --json one array with an object per file.
 */
import { readFileSync } from 'node:fs';
import { bundledDataset } from '../lib/dataset/bundled';
import { CATEGORIES, type Category } from '../lib/dataset/schema';
import { PageScanner } from '../lib/detect/page-scanner';
import { snippet } from '../lib/detect/snippet';
import { Matcher } from '../lib/match/matcher';
import { closeWindow, loadDocument } from './lib/node-dom';

// Piped into `head` and the like: stop quietly when the reader goes away.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const USAGE = 'usage: npm run -s scan -- [--json] [--categories person,company,product,lab,media] FILE...';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
let json = false;
let categories = new Set<Category>(CATEGORIES);
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === '--json') json = true;
  else if (a === '--categories') {
    const list = (args[++i] ?? '').split(',').filter(Boolean);
    const bad = list.filter((c) => !(CATEGORIES as readonly string[]).includes(c));
    if (list.length === 0 || bad.length > 0)
      fail(`scan: unknown category ${bad.join(', ') || '(none given)'}; use ${CATEGORIES.join(', ')}`);
    categories = new Set(list as Category[]);
  } else if (a === '-h' || a === '--help') {
    console.log(USAGE);
    process.exit(0);
  } else if (a.startsWith('--')) fail(`scan: unknown option ${a}\n${USAGE}`);
  else files.push(a);
}
if (files.length === 0) fail(USAGE);

const matcher = new Matcher(bundledDataset().entities);
const results: Array<{ file: string; mentions: Array<{ entity: string; category: string; text: string }> }> = [];
let unreadable = 0;

for (const file of files) {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (err as Error).message;
    console.error(`scan: cannot read ${file}: ${why}`);
    unreadable++;
    continue;
  }
  const { window, document } = loadDocument(file, source);
  const scanner = new PageScanner(matcher);
  scanner.scanNow(document);
  const mentions = scanner.visible(categories);
  await closeWindow(window);
  if (json) {
    results.push({ file, mentions: mentions.map((m) => ({ entity: m.entity.id, category: m.entity.category, text: m.text })) });
    continue;
  }
  console.log(`\n${file}: ${mentions.length} mention(s) of ${new Set(mentions.map((m) => m.entity.id)).size} entities`);
  if (mentions.length === 0) continue;
  const rows = mentions.map((m) => [m.entity.id, m.entity.category, m.text, snippet(m, 30)]);
  const widths = [0, 1, 2].map((c) => Math.min(28, Math.max(...rows.map((r) => (r[c] as string).length), 6)));
  const pad = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  console.log(
    `  ${pad('entity', widths[0] as number)}  ${pad('category', widths[1] as number)}  ${pad('text', widths[2] as number)}  context`,
  );
  for (const r of rows)
    console.log(
      `  ${r
        .slice(0, 3)
        .map((s, c) => pad(s as string, widths[c] as number))
        .join('  ')}  ${r[3]}`,
    );
}
if (json) console.log(JSON.stringify(results, null, 2));
// exitCode, not exit(): exiting at once would cut off output still flowing into a pipe.
process.exitCode = unreadable > 0 ? 1 : 0;
