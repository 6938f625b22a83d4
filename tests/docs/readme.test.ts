// @vitest-environment node
/**
 * Every local file the README (and the other guides) link to or show exists,
 * and is in git, so a fresh clone shows no broken picture or dead link; every
 * link to a heading finds its heading.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const DOCS = [
  'README.md',
  'docs/DATA-GUIDE.md',
  'tests/fixtures/pages/README.md',
  'tests/fixtures/detection/README.md',
  'tests/fixtures/settings/README.md',
];

/** Link and image targets: [text](target), ![alt](target), <img src="target">, <a href="target">. Code is not markup. */
function targets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const out: string[] = [];
  for (const m of prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1] as string);
  for (const m of prose.matchAll(/<(?:img|a|source)\b[^>]*?\b(?:src|href|srcset)=["']([^"']+)["']/gi)) out.push(m[1] as string);
  return out;
}

const isRemote = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

function anchors(markdown: string): Set<string> {
  const body = markdown.replace(/```[\s\S]*?```/g, '');
  return new Set([...body.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug((m[1] as string).replace(/`/g, ''))));
}

const tracked = (() => {
  if (!existsSync(join(ROOT, '.git'))) return null; // a source archive: existence is all there is to check
  try {
    return new Set(execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0'));
  } catch {
    return null;
  }
})();

describe('the guides’ links and pictures', () => {
  it('the README shows its pictures', () => {
    const images = targets(readFileSync(join(ROOT, 'README.md'), 'utf8')).filter((t) => /\.(png|jpe?g|gif|svg|webp)$/i.test(t));
    expect(images.length).toBeGreaterThanOrEqual(4);
  });

  for (const doc of DOCS) {
    it(`${doc}: every local link and picture exists and is in git`, () => {
      const text = readFileSync(join(ROOT, doc), 'utf8');
      const missing: string[] = [];
      for (const target of targets(text)) {
        if (isRemote(target)) continue;
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const file = path === '' ? doc : normalize(join(dirname(doc), decodeURIComponent(path)));
        if (file.startsWith('..')) missing.push(`${target} (outside the repository)`);
        else if (!existsSync(join(ROOT, file))) missing.push(`${target} (no such file)`);
        else if (tracked && !tracked.has(relative('.', file)) && ![...tracked].some((f) => f.startsWith(`${file}/`)))
          missing.push(`${target} (not in git: is it ignored?)`);
        else if (anchor && file.endsWith('.md') && !anchors(readFileSync(join(ROOT, file), 'utf8')).has(anchor))
          missing.push(`${target} (no such heading)`);
      }
      expect(missing).toEqual([]);
    });
  }

  it('finds what it should: a broken link in a test document is reported', () => {
    const found = targets(
      'See ![x](docs/nothing.png), [guide](docs/DATA-GUIDE.md#nowhere), `[not a link](code.md)` and [web](https://example.com).',
    );
    expect(found).toEqual(['docs/nothing.png', 'docs/DATA-GUIDE.md#nowhere', 'https://example.com']);
    expect(existsSync(join(ROOT, 'docs/nothing.png'))).toBe(false);
    expect(anchors(readFileSync(join(ROOT, 'README.md'), 'utf8')).has('quick-start')).toBe(true);
  });
});
