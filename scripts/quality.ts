/**
 * npm run quality -- [--json] [--list outside|all] [--top N] [DIR]
 *
 * Where the marks fall on real pages: every saved page in DIR (default
 * $NEWSLENS_CORPUS, else ../shared/corpus/readability, else
 * tests/fixtures/pages) is scanned as `npm run scan` does, and each mark is
 * checked against Mozilla Readability's article (the reference view of the
 * story, dev only). Prints the share of marks outside the article, counts by
 * entity and by page; --list prints the marks themselves, with their words.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundledDataset } from '../lib/dataset/bundled';
import { type Mention, PageScanner } from '../lib/detect/page-scanner';
import { snippet } from '../lib/detect/snippet';
import { Matcher } from '../lib/match/matcher';
import { insideArticle } from './lib/article-reference';
import { closeWindow, loadDocument } from './lib/node-dom';

// Piped into `head` and the like: stop quietly when the reader goes away.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const USAGE = 'usage: npm run -s quality -- [--json] [--list outside|all] [--top N] [DIR]';
const root = resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
let json = false;
let list: 'outside' | 'all' | null = null;
let top = 15;
let dir: string | null = null;
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === '--json') json = true;
  else if (a === '--list') {
    const what = args[++i];
    if (what !== 'outside' && what !== 'all') fail(`quality: --list takes outside or all\n${USAGE}`);
    list = what;
  } else if (a === '--top') {
    top = Number(args[++i]);
    if (!Number.isInteger(top) || top < 1) fail(`quality: --top takes a positive whole number\n${USAGE}`);
  } else if (a === '-h' || a === '--help') {
    console.log(USAGE);
    process.exit(0);
  } else if (a.startsWith('--')) fail(`quality: unknown option ${a}\n${USAGE}`);
  else dir = a;
}

function defaultCorpus(): string {
  if (process.env.NEWSLENS_CORPUS) return resolve(process.env.NEWSLENS_CORPUS);
  const shared = join(root, '../shared/corpus/readability');
  return existsSync(shared) ? shared : join(root, 'tests/fixtures/pages');
}
const corpus = dir ? resolve(dir) : defaultCorpus();
let files: string[];
try {
  files = readdirSync(corpus)
    .filter((f) => /\.html?$/.test(f))
    .sort();
} catch {
  fail(`quality: no pages at ${corpus} (give a folder, or set NEWSLENS_CORPUS)`);
}

interface Mark {
  entity: string;
  text: string;
  inside: boolean;
  support: Mention['support'];
  context: string;
}
interface PageResult {
  file: string;
  /** False when Readability found no article: its marks are left out of the share. */
  article: boolean;
  marks: Mark[];
}

const matcher = new Matcher(bundledDataset().entities);
const pages: PageResult[] = [];
for (const file of files) {
  const { window, document } = loadDocument(file, readFileSync(join(corpus, file), 'utf8'));
  const scanner = new PageScanner(matcher);
  scanner.scanNow(document);
  const mentions = [...scanner.mentions];
  const words = mentions.map((m) => snippet(m, 30));
  const inside = insideArticle(document, mentions);
  pages.push({
    file,
    article: inside !== null,
    marks: mentions.map((m, i) => ({
      entity: m.entity.id,
      text: m.text,
      inside: inside?.[i] ?? false,
      support: m.support,
      context: words[i] as string,
    })),
  });
  await closeWindow(window);
}

const scored = pages.filter((p) => p.article);
const marks = scored.flatMap((p) => p.marks);
const outside = marks.filter((m) => !m.inside);
const byEntity = new Map<string, { marks: number; outside: number }>();
for (const m of marks) {
  const e = byEntity.get(m.entity) ?? { marks: 0, outside: 0 };
  e.marks++;
  if (!m.inside) e.outside++;
  byEntity.set(m.entity, e);
}
const entities = [...byEntity].sort((a, b) => b[1].marks - a[1].marks || a[0].localeCompare(b[0]));
const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);
const summary = {
  corpus,
  pages: pages.length,
  pagesWithoutArticle: pages.filter((p) => !p.article).map((p) => ({ file: p.file, marks: p.marks.length })),
  marks: marks.length,
  outside: outside.length,
  outsidePercent: pct(outside.length, marks.length),
  byEntity: Object.fromEntries(entities),
  byPage: Object.fromEntries(
    scored
      .filter((p) => p.marks.length > 0)
      .map((p) => [p.file, { marks: p.marks.length, outside: p.marks.filter((m) => !m.inside).length }]),
  ),
};

if (json) {
  console.log(JSON.stringify(list ? { ...summary, list: listed() } : summary, null, 2));
} else {
  console.log(`Marks on ${pages.length} saved pages in ${corpus}, against Readability's article:`);
  console.log(
    `  ${marks.length} marks on ${scored.length} pages with an article, ${outside.length} outside the article (${summary.outsidePercent} %)`,
  );
  const bare = summary.pagesWithoutArticle.filter((p) => p.marks > 0);
  if (bare.length > 0)
    console.log(`  not counted (Readability found no article): ${bare.map((p) => `${p.file} (${p.marks} marks)`).join(', ')}`);
  console.log(`\nTop ${top} entities by marks:`);
  console.table(Object.fromEntries(entities.slice(0, top).map(([id, c]) => [id, { marks: c.marks, outside: c.outside }])));
  console.log('\nPages with the most marks outside the article:');
  const worst = Object.entries(summary.byPage)
    .filter(([, c]) => c.outside > 0)
    .sort((a, b) => b[1].outside - a[1].outside)
    .slice(0, top);
  console.table(Object.fromEntries(worst));
  if (list) for (const line of listed()) console.log(line);
}

function listed(): string[] {
  const out: string[] = [];
  for (const p of pages)
    for (const m of p.marks)
      if (list === 'all' || (!m.inside && p.article))
        out.push(`${p.file}\t${m.inside ? 'in' : 'OUT'}\t${m.entity}\t${m.support}\t${m.context}`);
  return out;
}
