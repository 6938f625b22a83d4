/** The saved real pages in ../shared/corpus/readability, and what `npm run scan` finds in each. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundledDataset } from '../../../lib/dataset/bundled';
import { PageScanner } from '../../../lib/detect/page-scanner';
import { Matcher } from '../../../lib/match/matcher';
import { closeWindow, loadDocument } from '../../../scripts/lib/node-dom';
import { ROOT } from './session';

export const CORPUS = resolve(process.env.NEWSLENS_CORPUS ?? join(ROOT, '../shared/corpus/readability'));

export function corpusPages(): string[] {
  if (!existsSync(CORPUS)) throw new Error(`The page corpus is missing at ${CORPUS} (set NEWSLENS_CORPUS to its folder).`);
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html'))
    .sort();
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
