/**
 * Property-based checks of the text model and scanner on random DOM trees
 * with real aliases dropped in: ranges cover exactly the matched text,
 * nothing throws, and scanning twice gives the same result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '@/lib/dataset/bundled';
import { PageScanner } from '@/lib/detect/page-scanner';
import { Matcher } from '@/lib/match/matcher';

const matcher = new Matcher(bundledDataset().entities);
const ALIASES = [
  'Alibaba Cloud',
  'Qwen3.5',
  'Qwen2.5',
  'Lin Junyang',
  'Junyang Lin',
  '林俊旸',
  '阿里巴巴',
  'ByteDance’s',
  'Volcano Engine',
  'Meta',
  'X',
  'Seed',
  'Tongyi Lab',
  'DeepSeek',
];
const WORDS = [
  'the',
  'team',
  'said',
  'model',
  'cloud',
  'on',
  'posted',
  'engine',
  'Zuckerberg',
  '的',
  '团队',
  'seed funding',
  'meta-analysis',
];
const SPACES = [' ', '  ', '\n', '\u00a0', ' \t '];
const INLINE = ['span', 'b', 'i', 'a', 'em'];
const BLOCK = ['p', 'div', 'li', 'section', 'td'];
const SKIPPED = ['script', 'textarea', 'style'];

type Tree = { tag: string; children: Tree[] } | string;

const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...ALIASES),
      fc.constantFrom(...WORDS),
      fc.constantFrom(...SPACES),
      fc.constantFrom('\u00ad', '.', ',', '(', ')'),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.record({ tag: fc.constantFrom(...INLINE, ...BLOCK, ...SKIPPED, 'br'), children: fc.array(tie('node'), { maxLength: 4 }) }),
  ),
})).node;

function build(t: Tree): Node {
  if (typeof t === 'string') return document.createTextNode(t);
  const el = document.createElement(t.tag);
  if (t.tag !== 'br') for (const c of t.children) el.append(build(c));
  return el;
}

const normalized = (s: string) =>
  s
    .replace(/[\u00ad\u200b\ufeff\u2060]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('scanner properties on random pages', () => {
  it('maps every mention to a Range covering exactly its text; never throws; is repeatable', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (roots) => {
        document.body.replaceChildren(...roots.map(build));
        const first = new PageScanner(matcher);
        first.scanNow(document.body);
        for (const m of first.mentions) {
          checked++;
          expect(normalized(m.range.toString())).toBe(m.text);
          expect(m.range.collapsed).toBe(false);
          // Never inside something that is not read.
          for (let n: Node | null = m.range.startContainer; n; n = n.parentNode) {
            expect(['SCRIPT', 'TEXTAREA', 'STYLE']).not.toContain((n as Element).tagName);
          }
        }
        const again = new PageScanner(matcher);
        again.scanNow(document.body);
        again.scanNow(document.body);
        const list = (s: PageScanner) => s.mentions.map((m) => `${m.entity.id}@${m.text}`);
        expect(list(again)).toEqual(list(first));
      }),
      { numRuns: 250 },
    );
    // The generated pages really do contain names (the property is not vacuous).
    expect(checked).toBeGreaterThan(100);
    // 250 random pages take a few seconds on a busy 2-core machine: a budget, not a measurement.
  }, 60_000);
});
