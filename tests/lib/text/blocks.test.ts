import { describe, expect, it } from 'vitest';
import { BlockCollector, blockRange, collectBlocks, isInsideSkipped } from '@/lib/text/blocks';
import { body } from '../../support/dom';

const texts = (html: string) => collectBlocks(body(html)).map((b) => b.text);

describe('text model: blocks', () => {
  it('joins inline elements inside a block into one run of text', () => {
    expect(texts('<p><b>Volcano</b> Engine and Lin <a href="#">Junyang</a>, <i>Qw</i><i>en</i></p>')).toEqual([
      'Volcano Engine and Lin Junyang, Qwen',
    ]);
  });

  it('never joins text across blocks, line breaks, cells or list items', () => {
    expect(texts('<div>Alibaba</div><div>Cloud</div>')).toEqual(['Alibaba', 'Cloud']);
    expect(texts('<p>Alibaba<br>Cloud</p>')).toEqual(['Alibaba', 'Cloud']);
    expect(texts('<table><tr><td>Alibaba</td><td>Cloud</td></tr></table>')).toEqual(['Alibaba', 'Cloud']);
    expect(texts('<ul><li>Alibaba</li><li>Cloud</li></ul>')).toEqual(['Alibaba', 'Cloud']);
    expect(texts('<div>Alibaba<p>Cloud</p>Engine</div>')).toEqual(['Alibaba', 'Cloud', 'Engine']);
  });

  it('treats runs of white space and no-break spaces as one space and drops soft hyphens', () => {
    expect(texts('<p>  Lin\n\t\u00a0 Junyang  </p>')).toEqual(['Lin Junyang']);
    expect(texts('<p>Ali\u00adbaba\u200b Cloud</p>')).toEqual(['Alibaba Cloud']);
    expect(texts('<p>Lin<span> </span> <span> Junyang</span></p>')).toEqual(['Lin Junyang']);
  });

  it('skips what a reader is not reading or is editing', () => {
    const html = `<p>Alibaba</p><script>var a = "Qwen"</script><style>.Qwen{}</style><noscript>Qwen</noscript>
      <template><p>Qwen</p></template><textarea>Qwen</textarea><input value="Qwen"><select><option>Qwen</option></select>
      <div contenteditable="true">Qwen editor</div><div contenteditable="">Qwen too</div><div role="textbox">Qwen box</div>
      <newslens-card>Qwen card</newslens-card><p hidden>Qwen hidden</p><p contenteditable="false">ByteDance</p>`;
    expect(texts(html)).toEqual(['Alibaba', 'ByteDance']);
  });

  it('reads through the fallback mark wrapper but not through other Newslens UI', () => {
    expect(texts('<p>Alibaba <newslens-mark>Cloud</newslens-mark></p><newslens-card>Qwen</newslens-card>')).toEqual(['Alibaba Cloud']);
  });

  it('knows when a node sits inside a skipped subtree', () => {
    const root = body('<div contenteditable><p><b>x</b></p></div><p><b>y</b></p>');
    const [x, y] = [...root.querySelectorAll('b')];
    expect(isInsideSkipped(x?.firstChild as Node)).toBe(true);
    expect(isInsideSkipped(y?.firstChild as Node)).toBe(false);
  });

  it('maps block offsets back to a Range over the original text nodes, across elements', () => {
    const root = body('<p>By <b>Volcano</b>\n   <i>Engine</i>’s team</p>');
    const [block] = collectBlocks(root);
    expect(block?.text).toBe('By Volcano Engine’s team');
    const start = block?.text.indexOf('Volcano') as number;
    const { range, nodes } = blockRange(block as never, start, start + 'Volcano Engine'.length);
    expect(range.toString()).toBe('Volcano\n   Engine');
    expect(nodes.map((n) => n.data)).toEqual(['Volcano', '\n   ', 'Engine']);
  });

  it('gives the same blocks when the work is spread over many small slices', () => {
    const html = `<article>${'<p>Alibaba <b>Cloud</b> and <a>Qwen</a> text</p><div>more<br>lines</div>'.repeat(200)}</article>`;
    const whole = texts(html);
    const collector = new BlockCollector(body(html));
    let slices = 0;
    while (!collector.run(() => true)) slices++;
    expect(slices).toBeGreaterThan(3);
    expect(collector.blocks.map((b) => b.text)).toEqual(whole);
  });
});
