import { describe, expect, it } from 'vitest';
import { Matcher } from '@/lib/match/matcher';
import { entity, testEntities } from '../../support/entities';

const matcher = new Matcher(testEntities());
const ids = (text: string) => matcher.matchBlock(text).hits.map((h) => `${matcher.entities[h.entity]?.id}:${text.slice(h.start, h.end)}`);

describe('matcher', () => {
  it('prefers the longest match', () => {
    expect(ids('Alibaba Cloud grew.')).toEqual(['alibaba-cloud:Alibaba Cloud']);
    expect(ids('Qwen3.5 is out; so is Qwen 3.5.')).toEqual(['qwen3.5:Qwen3.5', 'qwen3.5:Qwen 3.5']);
  });

  it('does not match inside longer words', () => {
    expect(ids('Qwenlike models, Alibabas and cursorily, the Metaverse, X-men')).toEqual([]);
  });

  it('lets possessives, brackets and hyphens sit around a name', () => {
    expect(ids('ByteDance’s chips, (Alibaba), Qwen-based apps, "Alibaba Cloud".')).toEqual([
      'bytedance:ByteDance',
      'alibaba:Alibaba',
      'qwen:Qwen',
      'alibaba-cloud:Alibaba Cloud',
    ]);
  });

  it('matches distinctive names in any case, ambiguous ones only as written', () => {
    expect(ids('bye my beloved qwen')).toEqual(['qwen:qwen']);
    expect(ids('ByteDance and seed, Doubao model')).toEqual(['bytedance:ByteDance']);
  });

  it('takes an attached version number into a versioned name, but an exact alias wins', () => {
    expect(ids('Qwen2.5-Max beat Qwen3. Then Qwen3.5.')).toEqual(['qwen:Qwen2.5', 'qwen:Qwen3', 'qwen3.5:Qwen3.5']);
  });

  it('matches Chinese names without word boundaries, longest first', () => {
    expect(ids('阿里巴巴旗下的阿里云和通义千问，字节跳动的火山引擎')).toEqual([
      'alibaba:阿里巴巴',
      'alibaba-cloud:阿里云',
      'qwen:通义千问',
      'bytedance:字节跳动',
      'volcano-engine:火山引擎',
    ]);
  });

  it('accepts an ambiguous name only with supporting context nearby', () => {
    expect(ids('ByteDance’s Seed team is hiring.')).toEqual(['bytedance:ByteDance', 'bytedance-seed:Seed']);
    expect(ids('Hui Binyuan has reportedly joined Meta.')).toEqual(['hui-binyuan:Hui Binyuan', 'meta:Meta']);
    expect(ids('The Meta description tag helps search engines.')).toEqual([]);
    expect(ids('Zuckerberg said Meta would spend more.')).toEqual(['meta:Meta']);
    expect(ids('The post went up on X just after midnight.')).toEqual([]);
    expect(ids('Lin posted on X just after midnight.')).toEqual(['x:X']);
  });

  it('never counts an excluded phrase, even with context', () => {
    expect(ids('ByteDance led the Seed round for a Doubao rival.')).toEqual(['bytedance:ByteDance']);
    expect(ids('Meta Knight is a Kirby character; Zuckerberg likes him.')).toEqual([]);
    expect(ids('An X-ray of the tweet.')).toEqual([]);
  });

  it('leaves ambiguous names without context for the page to decide', () => {
    const { hits, unresolved } = matcher.matchBlock('Meta');
    expect(hits).toEqual([]);
    expect(unresolved).toHaveLength(1);
    const meta = matcher.indexOf.get('meta') as number;
    expect(matcher.resolveOnPage(unresolved[0] as never, 'Meta'.length, new Set([meta]))).toBeNull(); // a lone label
    const long = matcher.matchBlock('A long sentence in which Meta appears with nothing else to support it.');
    expect(matcher.resolveOnPage(long.unresolved[0] as never, 70, new Set([meta]))).toBe(meta);
    expect(matcher.resolveOnPage(long.unresolved[0] as never, 70, new Set())).toBeNull();
  });

  it('lets context decide between entities that share an alias', () => {
    expect(ids('Download the Tongyi app today.')).toEqual(['tongyi-app:Tongyi app']);
    expect(ids('Tongyi, an app you can download.')).toEqual(['tongyi-app:Tongyi']);
    const { unresolved } = matcher.matchBlock('Tongyi is growing.');
    expect(unresolved[0]?.candidates.map((c) => matcher.entities[c]?.id).sort()).toEqual(['tongyi-app', 'tongyi-lab']);
    // Shared but never a plain word: the first claimant stands in when nothing else decides.
    expect(unresolved[0]?.fallback).toBe(matcher.indexOf.get('tongyi-lab'));
  });
});

describe('evidence for ambiguous names', () => {
  const tech = [
    entity('microsoft', 'company', ['Microsoft']),
    entity('google', 'company', ['Google']),
    entity('apple', 'company', [{ text: 'Apple', caseSensitive: true, needsContext: true }], { context: ['iPhone'] }),
    entity('x', 'media', [{ text: 'X', caseSensitive: true, needsContext: true }], { context: ['posted'] }),
    entity('qwen', 'product', ['Qwen']),
    entity('cursor', 'product', [{ text: 'Cursor', caseSensitive: true, needsContext: true }], { context: ['code editor'] }),
  ];
  const m = new Matcher(tech);
  const hits = (text: string) =>
    m.matchBlock(text).hits.map((h) => `${m.entities[h.entity]?.id}:${text.slice(h.start, h.end)}:${h.support}:${h.cue ?? ''}`);

  it('never accepts a one-letter or everyday-word alias from an unrelated name nearby', () => {
    expect(hits('The Microsoft console, the One X, is fast.')).toEqual(['microsoft:Microsoft:confident:']);
    expect(hits('Microsoft said an Apple a day is a fine slogan.')).toEqual(['microsoft:Microsoft:confident:']);
    expect(hits('Qwen runs fine; move the Cursor to the left.')).toEqual(['qwen:Qwen:confident:']);
  });

  it('accepts a peer listed with a name of its own kind, and says which', () => {
    expect(hits('Apple and Microsoft reported earnings.')).toEqual(['apple:Apple:context:Microsoft', 'microsoft:Microsoft:confident:']);
    expect(hits('Google, Apple and Microsoft spent the most.')).toEqual([
      'google:Google:confident:',
      'apple:Apple:context:Google',
      'microsoft:Microsoft:confident:',
    ]);
  });

  it('does not take a peer of another kind, nor a peer for a single letter', () => {
    expect(hits('Qwen and Apple were both mentioned.')).toEqual(['qwen:Qwen:confident:']);
    expect(hits('Google and X disagreed.')).toEqual(['google:Google:confident:']);
  });

  it('names the context word that supported a name', () => {
    expect(hits('Apple sold fewer iPhone units.')).toEqual(['apple:Apple:context:iPhone']);
    expect(hits('He posted on X.')).toEqual(['x:X:context:posted']);
  });

  it('reads a name listed in both scripts by one entity as one unambiguous alias', () => {
    const both = new Matcher([entity('qwen', 'product', ['通义千问', '通義千問'])]);
    expect(both.matchBlock('通義千問和通义千问').hits.map((h) => h.support)).toEqual(['confident', 'confident']);
  });
});
