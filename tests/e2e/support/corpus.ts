/**
 * The saved pages the corpus suite loads (tests/fixtures/pages, or the folder
 * NEWSLENS_CORPUS names), and what `npm run scan` finds in each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDataset } from '../../../lib/dataset/bundled';
import { PageScanner } from '../../../lib/detect/page-scanner';
import { Matcher } from '../../../lib/match/matcher';
import { corpusDir, corpusFiles } from '../../../scripts/lib/corpus';
import { closeWindow, loadDocument } from '../../../scripts/lib/node-dom';

export const CORPUS = corpusDir();

export function corpusPages(): string[] {
  return corpusFiles(CORPUS);
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
