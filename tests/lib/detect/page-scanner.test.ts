import { describe, expect, it } from 'vitest';
import { PageScanner } from '@/lib/detect/page-scanner';
import { Matcher } from '@/lib/match/matcher';
import { body } from '../../support/dom';
import { testEntities } from '../../support/entities';

const scanner = () => new PageScanner(new Matcher(testEntities()));
const found = (s: PageScanner) => s.mentions.map((m) => `${m.entity.id}:${m.text}`);

describe('page scanner', () => {
  it('finds mentions across inline elements and maps them to exact ranges', () => {
    const s = scanner();
    s.scanNow(body('<p>Competition from <b>Volcano</b> <i>Engine</i> and <a href="#">Alibaba</a> Cloud.</p>'));
    expect(found(s)).toEqual(['volcano-engine:Volcano Engine', 'alibaba-cloud:Alibaba Cloud']);
    expect(s.mentions.map((m) => m.range.toString())).toEqual(['Volcano Engine', 'Alibaba Cloud']);
  });

  it('never runs a name across a part it does not read (a script, a field): each mention’s Range holds just its text', () => {
    const s = scanner();
    // Found by the property test: "Alibaba" and "Cloud" on either side of a script once made one mention whose Range held the script.
    s.scanNow(body('<p>Alibaba<script>var x = 1;</script> Cloud and <b>Volcano</b><input> Engine; Alibaba Cloud itself.</p>'));
    expect(found(s)).toEqual(['alibaba:Alibaba', 'alibaba-cloud:Alibaba Cloud']);
    expect(s.mentions.map((m) => m.range.toString())).toEqual(['Alibaba', 'Alibaba Cloud']);
  });

  it('accepts a context-free ambiguous name when the page supports the entity, but not a lone heading', () => {
    const s = scanner();
    s.scanNow(
      body(`<aside><h3>Meta</h3></aside>
        <p>Hui Binyuan has reportedly joined Meta.</p>
        <p>Analysts expect Meta to keep recruiting researchers this year.</p>`),
    );
    expect(found(s)).toEqual(['hui-binyuan:Hui Binyuan', 'meta:Meta', 'meta:Meta']);
    expect(s.mentions.map((m) => m.support)).toEqual(['confident', 'context', 'page']);
  });

  it('finds names listed in simplified characters on a page in traditional ones, at their exact offsets', () => {
    const s = scanner();
    s.scanNow(body('<p>報道稱，<b>字節</b>跳動與阿里雲正在競爭；通義千問的團隊也在擴張。</p>'));
    expect(found(s)).toEqual(['bytedance:字節跳動', 'alibaba-cloud:阿里雲', 'qwen:通義千問']);
    expect(s.mentions.map((m) => m.range.toString())).toEqual(['字節跳動', '阿里雲', '通義千問']);
  });

  it('marks where the reader reads: not in share bars or menus; away from the story only names the story names too', () => {
    const s = scanner();
    s.scanNow(
      body(`<nav><a href="/alibaba">Alibaba</a> <a href="/tencent">ByteDance</a></nav>
        <article><h1>Alibaba reorganises Tongyi Lab</h1>
          <ul class="share"><li><a href="https://twitter.com/intent/tweet">Twitter</a></li></ul>
          <p>Alibaba split the Qwen team; <span class="visually-hidden">Twitter</span> staff left.</p><p>More.</p><p>Even more.</p></article>
        <div class="list"><a href="/1">Alibaba Cloud grows</a></div><div class="list"><a href="/2">Tongyi Lab hires</a></div>`),
    );
    expect(found(s)).toEqual(['alibaba:Alibaba', 'tongyi-lab:Tongyi Lab', 'alibaba:Alibaba', 'qwen:Qwen', 'tongyi-lab:Tongyi Lab']);
    expect(s.mentions.map((m) => m.region)).toEqual(['article', 'article', 'article', 'article', 'outside']);
  });

  it('rescans only a changed subtree and drops what was removed', () => {
    const root = body('<p id="a">Alibaba news</p><p id="b">ByteDance news</p>');
    const s = scanner();
    s.scanNow(root);
    const b = root.querySelector('#b') as HTMLElement;
    b.textContent = 'Qwen3.5 news';
    const change = s.scanNow(b);
    expect(change.removed.map((m) => m.text)).toEqual(['ByteDance']);
    expect(change.added.map((m) => m.text)).toEqual(['Qwen3.5']);
    expect(found(s)).toEqual(['alibaba:Alibaba', 'qwen3.5:Qwen3.5']);
    root.querySelector('#a')?.remove();
    expect(s.forget().map((m) => m.text)).toEqual(['Alibaba']);
    expect(found(s)).toEqual(['qwen3.5:Qwen3.5']);
  });

  it('keeps document order when a rescan adds mentions before existing ones', () => {
    const root = body('<p id="a">nothing</p><p>ByteDance</p>');
    const s = scanner();
    s.scanNow(root);
    const a = root.querySelector('#a') as HTMLElement;
    a.textContent = 'Alibaba';
    s.scanNow(a);
    expect(found(s)).toEqual(['alibaba:Alibaba', 'bytedance:ByteDance']);
  });

  it('reports only enabled categories', () => {
    const s = scanner();
    s.scanNow(body('<p>Lin Junyang left Alibaba and Qwen.</p>'));
    expect(s.visible(new Set(['person', 'product'])).map((m) => m.entity.id)).toEqual(['lin-junyang', 'qwen']);
  });

  it('scanning twice gives the same result', () => {
    const root = body('<p>Lin Junyang posted on X. Alibaba Cloud, 阿里云 and Qwen2.5.</p>');
    const a = scanner();
    a.scanNow(root);
    const b = scanner();
    b.scanNow(root);
    b.scanNow(root);
    expect(found(b)).toEqual(found(a));
  });
});
