// @vitest-environment node
/**
 * The saved pages in tests/fixtures/pages: the manifest lists exactly the
 * files there, with their sizes and provenance, and the licence they come
 * under is beside them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS } from '../../scripts/lib/corpus';

interface Row {
  file: string;
  bytes: string;
  kind: string;
  url: string;
  origin: string;
}

/** MANIFEST.csv: a header, then one row per file; no field holds a comma or a quote. */
function manifest(): Row[] {
  const [header, ...lines] = readFileSync(join(DEFAULT_CORPUS, 'MANIFEST.csv'), 'utf8').trimEnd().split('\n');
  expect(header).toBe('file,bytes,kind,url,origin');
  return lines.map((line) => {
    const [file, bytes, kind, url, origin, ...rest] = line.split(',');
    expect(rest, line).toEqual([]);
    return { file, bytes, kind, url, origin } as Row;
  });
}

describe('the saved pages', () => {
  const rows = manifest();
  const pages = readdirSync(DEFAULT_CORPUS).filter((f) => f.endsWith('.html'));

  it('are listed in the manifest, each once, with its size in bytes', () => {
    expect(rows.map((r) => r.file).sort()).toEqual(pages.sort());
    for (const r of rows) expect(statSync(join(DEFAULT_CORPUS, r.file)).size, r.file).toBe(Number(r.bytes));
  });

  it('say where each page comes from', () => {
    for (const r of rows) {
      if (r.origin === 'newslens') {
        expect(r.kind, r.file).toBe('newslens-fixture');
        expect(r.file, r.file).toMatch(/^newslens-/);
      } else {
        expect(['real-page', 'synthetic-fixture'], r.file).toContain(r.kind);
        expect(r.origin, r.file).toBe(`mozilla/readability test/test-pages/${r.file.replace(/\.html$/, '')}/source.html`);
      }
      if (r.url) expect(r.url, r.file).toMatch(/^(https?:)?\/\//);
    }
  });

  it('carry the licence of the Readability test pages, and a README that names it', () => {
    expect(readFileSync(join(DEFAULT_CORPUS, 'LICENSE-Apache-2.0.txt'), 'utf8')).toContain('Apache License');
    const readme = readFileSync(join(DEFAULT_CORPUS, 'README.md'), 'utf8');
    expect(readme).toContain('Apache License, Version 2.0');
    expect(readme).toContain('github.com/mozilla/readability');
    expect(readme).toContain('NEWSLENS_CORPUS');
  });

  it('stay a representative subset of a few megabytes', () => {
    const total = rows.reduce((n, r) => n + Number(r.bytes), 0);
    expect(total).toBeLessThan(8 * 1024 * 1024);
    expect(rows.filter((r) => r.kind === 'real-page').length).toBeGreaterThanOrEqual(15);
    expect(existsSync(join(DEFAULT_CORPUS, 'yahoo-2.html'))).toBe(true); // the largest page of the full set
  });
});
