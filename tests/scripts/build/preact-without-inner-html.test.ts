/**
 * Preact without its innerHTML path: the build-time transform takes out the
 * one assignment, what is left still renders, dangerouslySetInnerHTML fails
 * loudly, and nothing in Newslens uses it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DISABLED_MESSAGE, withoutInnerHtml } from '../../../scripts/build/preact-without-inner-html';

const ROOT = resolve(import.meta.dirname, '../../..');
const preactBuild = readFileSync(join(ROOT, 'node_modules/preact/dist/preact.mjs'), 'utf8');
// Inside the project, where the test runner loads modules from.
const cache = join(ROOT, 'node_modules/.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'newslens-preact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The transformed Preact, loaded as a module of its own. */
async function transformedPreact(): Promise<typeof import('preact')> {
  const file = join(dir, 'preact.mjs');
  writeFileSync(file, withoutInnerHtml(preactBuild));
  return import(/* @vite-ignore */ file);
}

describe('preact-without-inner-html', () => {
  it('removes the only innerHTML assignment from the installed Preact build', () => {
    expect(preactBuild).toMatch(/\.innerHTML=[\w$]+\.__html/);
    const out = withoutInnerHtml(preactBuild);
    expect(out).not.toMatch(/\.innerHTML\s*=/);
    expect(out).toContain(DISABLED_MESSAGE);
  });

  it('refuses a Preact whose code no longer matches, rather than passing it through', () => {
    expect(() => withoutInnerHtml('export const x = 1;')).toThrow(/found 0/);
    expect(() => withoutInnerHtml('a.innerHTML=b.__html;c.innerHTML=d.__html')).toThrow(/found 2/);
  });

  it('still renders elements, attributes and text, and throws on dangerouslySetInnerHTML', async () => {
    const { h, render } = await transformedPreact();
    const container = document.createElement('div');
    render(h('p', { class: 'x', title: '<b>t</b>' }, 'Hello ', h('b', null, '<i>world</i>')), container);
    expect(container.innerHTML).toBe('<p class="x" title="<b>t</b>">Hello <b>&lt;i&gt;world&lt;/i&gt;</b></p>');
    const other = document.createElement('div');
    expect(() => render(h('div', { dangerouslySetInnerHTML: { __html: '<img src=x>' } }), other)).toThrow(DISABLED_MESSAGE);
    expect(other.querySelector('img')).toBeNull();
  });

  it('is safe because no Newslens source uses dangerouslySetInnerHTML', () => {
    const users: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const path = join(d, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(tsx?|jsx?|mjs)$/.test(name) && readFileSync(path, 'utf8').includes('dangerouslySetInnerHTML')) users.push(path);
      }
    };
    for (const d of ['components', 'entrypoints', 'utils', 'lib']) walk(join(ROOT, d));
    expect(users).toEqual([]);
  });
});
