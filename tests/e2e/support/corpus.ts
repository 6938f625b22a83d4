/**
 * The saved pages the corpus suite loads (tests/fixtures/pages, or the folder
 * NEWSLENS_CORPUS names), and what `npm run scan` finds in each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDataset } from '../../../lib/dataset/bundled';
import { PageScanner } from '../../../lib/detect/page-scanner';
import { Matcher } from '../../../lib/match/matcher';
import { corpusDir, corpusFiles, DEFAULT_CORPUS } from '../../../scripts/lib/corpus';
import { closeWindow, loadDocument } from '../../../scripts/lib/node-dom';
import type { BrowserName } from '../drivers/driver';

export const CORPUS = corpusDir();

export function corpusPages(): string[] {
  return corpusFiles(CORPUS);
}

/**
 * The pages of tests/fixtures/pages the Firefox corpus run loads: each kind of
 * page once (our share-bar, Chinese and right-to-left fixtures, hidden nodes,
 * real news in English, Chinese, German and Japanese, and the largest article
 * of the set), so it finishes in a few minutes; Chromium loads every page.
 */
export const FIREFOX_SAMPLE: readonly string[] = [
  'newslens-share-bars.html',
  'newslens-zh.html',
  'newslens-rtl.html',
  'hidden-nodes.html',
  'theverge.html',
  'wikipedia.html',
  'qq.html',
  'heise.html',
  'yahoo-4.html',
];

/**
 * The pages `browser` loads out of `all`: every one in Chromium; in Firefox the
 * fixed sample, unless NEWSLENS_FIREFOX_CORPUS=all or NEWSLENS_CORPUS names
 * another folder (then every page of it). A sample page missing from the
 * folder is an error, not a smaller sample.
 */
export function pagesFor(browser: BrowserName, all: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  if (browser === 'chromium' || env.NEWSLENS_FIREFOX_CORPUS === 'all' || CORPUS !== DEFAULT_CORPUS) return [...all];
  const missing = FIREFOX_SAMPLE.filter((f) => !all.includes(f));
  if (missing.length > 0) throw new Error(`The Firefox corpus sample names pages that are not in ${CORPUS}: ${missing.join(', ')}`);
  return [...FIREFOX_SAMPLE];
}

/** White space collapsed and invisible characters dropped, as the text model reads text. */
export const normalized = (s: string) =>
  s
    .replace(/[\u00ad\u200b\ufeff\u2060]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** "category:text" for every mention the scan command's engine finds, in document order. */
export async function scanFile(file: string): Promise<string[]> {
  const { window, document } = loadDocument(file, readFileSync(join(CORPUS, file), 'utf8'));
  const scanner = new PageScanner(new Matcher(bundledDataset().entities));
  scanner.scanNow(document);
  const found = scanner.mentions.map((m) => `${m.entity.category}:${normalized(m.text)}`);
  await closeWindow(window);
  return found;
}
