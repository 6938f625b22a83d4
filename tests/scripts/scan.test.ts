// @vitest-environment node
/**
 * The scan command's public contract: JSON per file in argument order,
 * mentions in document order, clear errors; and on the saved pages, exactly
 * what the engine finds in them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '@/lib/dataset/bundled';
import { PageScanner } from '@/lib/detect/page-scanner';
import { Matcher } from '@/lib/match/matcher';
import { corpusDir, corpusFiles } from '../../scripts/lib/corpus';
import { closeWindow, loadDocument } from '../../scripts/lib/node-dom';

const root = join(import.meta.dirname, '../..');
const scan = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/scan.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

// Each test starts Node with tsx and the whole dataset: seconds on a busy
// 2-core machine. A limit on waiting, not a measurement.
const SUBPROCESS = { timeout: 180_000 };

describe('npm run scan', SUBPROCESS, () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-scan-'));
  const text = join(dir, 'note.txt');
  writeFileSync(text, 'Lin Junyang left Alibaba Cloud.\nByteDance’s Doubao grew; 阿里巴巴 watched.\n');
  const html = join(dir, 'page.html');
  writeFileSync(html, '<p>Move the cursor over <b>Volcano</b> Engine.</p><textarea>Qwen</textarea>');

  it('prints one JSON array with an object per file, in argument order, mentions in document order', () => {
    const run = scan('--json', html, text);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { file: html, mentions: [{ entity: 'volcano-engine', category: 'company', text: 'Volcano Engine' }] },
      {
        file: text,
        mentions: [
          { entity: 'lin-junyang', category: 'person', text: 'Lin Junyang' },
          { entity: 'alibaba-cloud', category: 'company', text: 'Alibaba Cloud' },
          { entity: 'bytedance', category: 'company', text: 'ByteDance' },
          { entity: 'doubao', category: 'product', text: 'Doubao' },
          { entity: 'alibaba', category: 'company', text: '阿里巴巴' },
        ],
      },
    ]);
  });

  it('writes all of a large report into a pipe', () => {
    const files = Array.from({ length: 40 }, () => join(root, 'demo/article.html'));
    const run = scan('--json', ...files);
    expect(run.stdout.length).toBeGreaterThan(100_000);
    const report = JSON.parse(run.stdout);
    expect(report).toHaveLength(40);
    expect(report[39].mentions.length).toBe(report[0].mentions.length);
  });

  it('prints a readable table without --json', () => {
    const run = scan(text);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${text}: 5 mention(s) of 5 entities`);
    expect(run.stdout).toMatch(/lin-junyang\s+person\s+Lin Junyang\s+\[Lin Junyang\] left Alibaba Cloud\./);
  });

  it('filters by category', () => {
    const run = scan('--json', '--categories', 'person,product', text);
    expect(JSON.parse(run.stdout)[0].mentions.map((m: { entity: string }) => m.entity)).toEqual(['lin-junyang', 'doubao']);
  });

  it('reports an unreadable file clearly and exits non-zero, still scanning the others', () => {
    const missing = join(dir, 'missing.html');
    const run = scan('--json', missing, text);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`scan: cannot read ${missing}: no such file`);
    expect(JSON.parse(run.stdout).map((r: { file: string }) => r.file)).toEqual([text]);
    expect(scan(dir).stderr).toContain('is a directory');
  });

  it('explains its usage', () => {
    const run = scan();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run -s scan');
    expect(scan('--frobnicate', text).stderr).toContain('unknown option --frobnicate');
  });
});

describe('npm run scan on the saved pages', SUBPROCESS, () => {
  const dir = corpusDir();
  const files = corpusFiles(dir).map((f) => join(dir, f));

  it('reports, page by page, exactly the mentions the engine finds in them', async () => {
    const run = scan('--json', ...files);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Array<{ file: string; mentions: Array<{ entity: string; text: string }> }>;
    expect(report.map((r) => r.file)).toEqual(files);
    const matcher = new Matcher(bundledDataset().entities);
    for (const [i, file] of files.entries()) {
      const { window, document } = loadDocument(file, readFileSync(file, 'utf8'));
      const scanner = new PageScanner(matcher);
      scanner.scanNow(document);
      const expected = scanner.mentions.map((m) => `${m.entity.id}:${m.text}`);
      await closeWindow(window);
      expect(
        report[i]?.mentions.map((m) => `${m.entity}:${m.text}`),
        file,
      ).toEqual(expected);
    }
    // The pages are chosen to hold names, in their stories or only in their share bars and
    // menus (which are not marked): at least ten of the saved pages show some (12 of 28 do).
    expect(report.filter((r) => r.mentions.length > 0).length).toBeGreaterThanOrEqual(10);
  });
});
