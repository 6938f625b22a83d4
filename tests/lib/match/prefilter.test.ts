import { describe, expect, it } from 'vitest';
import { PageScanner } from '@/lib/detect/page-scanner';
import { Matcher } from '@/lib/match/matcher';
import { buildPrefilter } from '@/lib/match/prefilter';
import { body } from '../../support/dom';
import { testEntities } from '../../support/entities';

const prefilter = buildPrefilter(testEntities()) as RegExp;

describe('prefilter', () => {
  it('flags text where a name could start, in the case the alias requires', () => {
    for (const text of [
      'Alibaba Cloud',
      'about qwen',
      'Qwen2.5',
      'the Lin family',
      'on X today',
      '阿里巴巴集团',
      '字节跳动',
      'Meta said',
    ]) {
      expect(prefilter.test(text), text).toBe(true);
    }
  });

  it('passes over text that cannot hold a name', () => {
    for (const text of ['Berlin', 'a metaphor about meta tags', 'the xylophone', 'seedlings', 'Metaverse', '天气很好']) {
      expect(prefilter.test(text), text).toBe(false);
    }
  });

  it('gives the same mentions as reading every block', () => {
    const html = `<nav><a>Home</a> <a>World</a></nav><p>Lin posted on <b>X</b> about <i>Volcano</i> Engine.</p>
      <div>Nothing here<p>ByteDance’s Seed team, the Doubao model</p> and Alibaba Cloud</div>
      <ul><li>Hui Binyuan joined Meta</li><li>Meta</li></ul><textarea>Alibaba</textarea>`;
    const root = body(html);
    const fast = new PageScanner(new Matcher(testEntities()));
    fast.scanNow(root);
    const noPrefilter = new Matcher(testEntities());
    Object.defineProperty(noPrefilter, 'prefilter', { value: null });
    const slow = new PageScanner(noPrefilter);
    slow.scanNow(root);
    const list = (s: PageScanner) => s.mentions.map((m) => `${m.entity.id}:${m.range.toString()}`);
    expect(list(fast)).toEqual(list(slow));
    expect(list(fast)).toEqual([
      'x:X',
      'volcano-engine:Volcano Engine',
      'bytedance:ByteDance',
      'bytedance-seed:Seed',
      'alibaba-cloud:Alibaba Cloud',
      'hui-binyuan:Hui Binyuan',
      'meta:Meta',
    ]);
  });
});
