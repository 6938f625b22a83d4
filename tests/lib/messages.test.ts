import { describe, expect, it } from 'vitest';
import { cardAnswer } from '@/lib/card';
import { bundledDataset } from '@/lib/dataset/bundled';
import { parseAnswer, parseRequest, ToBackground, ToContent } from '@/lib/messages';

describe('messages, by direction', () => {
  it('each side accepts only the requests it serves', () => {
    const report = { type: 'page-report', host: 'a.example', loadedAt: 1, active: true, counts: [['qwen', 2]] };
    expect(parseRequest(ToBackground, report)).toEqual(report);
    expect(parseRequest(ToContent, report)).toBeNull();
    expect(parseRequest(ToContent, { type: 'reveal', entity: 'qwen' })).toEqual({ type: 'reveal', entity: 'qwen' });
    expect(parseRequest(ToBackground, { type: 'reveal', entity: 'qwen' })).toBeNull();
    expect(parseRequest(ToBackground, { type: 'card', entity: 'qwen' })).toBeNull(); // no onPage
    expect(parseRequest(ToBackground, { type: 'card', entity: 'qwen', onPage: [], extra: 1 })).toBeNull();
    for (const raw of [null, 'card', { type: 'evil' }, { type: 'get-stats', x: 1 }]) {
      expect(parseRequest(ToBackground, raw)).toBeNull();
      expect(parseRequest(ToContent, raw)).toBeNull();
    }
  });

  it('checks each answer against the shape of its request’s answer', () => {
    expect(parseAnswer(ToContent, 'reveal', { found: true })).toEqual({ found: true });
    expect(parseAnswer(ToContent, 'reveal', { found: 'yes' })).toBeNull();
    expect(parseAnswer(ToContent, 'reveal', undefined)).toBeNull();
    expect(parseAnswer(ToBackground, 'refresh-index', { rebuilt: false })).toEqual({ rebuilt: false });
    const stats = {
      slices: 1,
      longestSliceMs: 2,
      longestSlice: 'scan',
      totalMs: 3,
      mentions: 4,
      startupMs: 1.5,
      startupWorkMs: 1.2,
      fullIndexMs: null,
      skipped: null,
      painted: 4,
      idle: true,
      revealed: [{ entity: 'alibaba', text: 'Alibaba' }],
    };
    expect(parseAnswer(ToContent, 'get-stats', stats)).toEqual(stats);
    expect(parseAnswer(ToContent, 'get-stats', { ...stats, revealed: [{ entity: 'alibaba', text: 'x'.repeat(201) }] })).toBeNull();
    expect(parseAnswer(ToContent, 'get-stats', { ...stats, mentions: -1 })).toBeNull();
  });

  it('accepts a real card answer, and refuses one carrying markup or script URLs', () => {
    const dataset = bundledDataset();
    const answer = cardAnswer(dataset, { type: 'card', entity: 'alibaba-cloud', onPage: ['alibaba', 'qwen'] });
    // What arrives has been through JSON, as messages are.
    const wire = JSON.parse(JSON.stringify(answer));
    expect(parseAnswer(ToBackground, 'card', wire)).toEqual(wire);
    expect(parseAnswer(ToBackground, 'card', null)).toBeNull();
    const evil = structuredClone(wire);
    evil.entity.summary = '<img src=x onerror=alert(1)>';
    expect(parseAnswer(ToBackground, 'card', evil)).toBeNull();
    const script = structuredClone(wire);
    script.entity.facts[0].source.url = 'javascript:alert(1)';
    expect(parseAnswer(ToBackground, 'card', script)).toBeNull();
  });
});

describe('card content', () => {
  it('is the entity with its facts, and its relations to the entities on the page only', () => {
    const dataset = bundledDataset();
    const answer = cardAnswer(dataset, { type: 'card', entity: 'alibaba-cloud', onPage: ['alibaba'] });
    expect(answer?.entity.id).toBe('alibaba-cloud');
    expect(answer?.entity.facts.length).toBeGreaterThan(0);
    expect(answer?.related.length).toBeGreaterThan(0);
    expect(answer?.related.every((r) => r.other.id === 'alibaba')).toBe(true);
    expect(Object.keys(answer?.related[0]?.other ?? {}).sort()).toEqual(['category', 'id', 'name']);
    expect(cardAnswer(dataset, { type: 'card', entity: 'alibaba-cloud', onPage: [] })?.related).toEqual([]);
    expect(cardAnswer(dataset, { type: 'card', entity: 'no-such-entity', onPage: [] })).toBeNull();
  });
});
