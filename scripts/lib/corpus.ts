/**
 * Where the saved pages are: tests/fixtures/pages (in the repository) unless
 * NEWSLENS_CORPUS names another folder, such as the full set of Mozilla
 * Readability's 130 test pages. The one place that knows the default.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The repository's own pages, used when NEWSLENS_CORPUS is not set. */
export const DEFAULT_CORPUS = join(ROOT, 'tests/fixtures/pages');

/** The folder of pages to use: NEWSLENS_CORPUS (relative to the current directory) or the default. */
export function corpusDir(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.NEWSLENS_CORPUS?.trim();
  return chosen ? resolve(chosen) : DEFAULT_CORPUS;
}

/** The .html files in `dir`, sorted; a clear error when the folder is missing or holds none. */
export function corpusFiles(dir: string): string[] {
  if (!existsSync(dir))
    throw new Error(`No page corpus at ${dir} (NEWSLENS_CORPUS names the folder; unset, tests/fixtures/pages is used).`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  if (files.length === 0) throw new Error(`No .html pages in ${dir}.`);
  return files;
}
