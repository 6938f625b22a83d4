/**
 * What the built content script carries into every frame: the compiled match
 * index (ids, names, categories, aliases), never the cards' content. Read
 * from the files `npm run build` wrote, for both browsers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../lib/dataset/bundled';
import { ROOT } from './drivers/serve';

const BUILDS = ['chrome-mv3', 'firefox-mv2'];

/** The ways a text can appear in a script: as written, or escaped inside a string literal. */
function forms(text: string): string[] {
  const json = JSON.stringify(text).slice(1, -1);
  return [...new Set([text, json, JSON.stringify(json).slice(1, -1)])];
}

describe.each(BUILDS)('the %s content script', (build) => {
  const file = join(ROOT, '.output', build, 'content-scripts', 'content.js');

  it('exists (npm run build wrote it)', () => {
    expect(existsSync(file), `${file}: run npm run build`).toBe(true);
  });

  it('carries no summary, fact or source of the bundled data', () => {
    const source = readFileSync(file, 'utf8');
    const leaks: string[] = [];
    for (const e of bundledDataset().entities) {
      const texts = [e.summary, ...e.facts.flatMap((f) => [f.text, f.source.url]), ...e.relations.map((r) => r.source.url)];
      for (const text of texts) if (forms(text).some((f) => source.includes(f))) leaks.push(`${e.id}: ${text.slice(0, 60)}`);
    }
    expect(leaks).toEqual([]);
  });

  it('does carry what matching needs: every entity id and name', () => {
    const source = readFileSync(file, 'utf8');
    // The index sits in a string literal inside another (quotes chosen by the minifier): compare without the escapes.
    const bare = source.replace(/\\/g, '');
    const missing = bundledDataset()
      .entities.filter((e) => !bare.includes(`"id":"${e.id}"`) || !forms(e.name).some((f) => source.includes(f)))
      .map((e) => e.id);
    expect(missing).toEqual([]);
  });
});
