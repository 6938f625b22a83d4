/** Checks the bundled data files themselves: valid, complete, sourced. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAliasRule } from '@/lib/dataset/aliases';
import { BUNDLED_FILES, bundledDataset } from '@/lib/dataset/bundled';
import { isHomepage } from '@/lib/dataset/quality';
import { isHttpUrl } from '@/lib/dataset/schema';
import { formatProblem, validateDatasetFiles } from '@/lib/dataset/validate';

const REQUIRED = [
  'qwen',
  'qwen3.5',
  'qwen-code',
  'tongyi-lab',
  'alibaba',
  'alibaba-cloud',
  'alibaba-pai',
  'doubao',
  'volcano-engine',
  'bytedance',
  'bytedance-seed',
  'tencent',
  'meta',
  'google-deepmind',
  'cursor',
  'latepost',
  'x',
  'lin-junyang',
  'yu-bowen',
  'zhou-hao',
  'hui-binyuan',
  'zhou-jingren',
];

/** The dataset audit of 2026-12-01 (issue 13): the 40 missing entities news of 2025-2026 names most. */
const AUDIT_MISSING = [
  'gpt',
  'grok',
  'tiktok',
  'douyin',
  'satya-nadella',
  'sundar-pichai',
  'softbank',
  'perplexity',
  'amd',
  'tsmc',
  'oracle',
  'stargate',
  'scale-ai',
  'deepseek-v3',
  'deepseek-v4',
  'claude-code',
  'sora',
  'seedance',
  'alibaba-token-hub',
  'manus',
  'yao-shunyu',
  'zhou-chang',
  'liu-dayiheng',
  'wu-zeming',
  'wu-jia',
  'luo-fuli',
  'ilya-sutskever',
  'ssi',
  'mira-murati',
  'thinking-machines-lab',
  'yann-lecun',
  'huawei-ascend',
  'cambricon',
  'unitree',
  'sensetime',
  'iflytek',
  'baichuan',
  'modelscope',
  't-head',
  'yan-junjie',
  'zhang-peng',
  'financial-times',
  'wsj',
];

const dataset = bundledDataset();

describe('bundled dataset', () => {
  it('validates, file by file and merged', () => {
    const result = validateDatasetFiles(Object.values(BUNDLED_FILES));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('bundles every file in data/entities', () => {
    const files = (readdirSync(join(import.meta.dirname, '../../data/entities'), { recursive: true }) as string[]).filter((f) =>
      f.endsWith('.json'),
    );
    expect(files.map((f) => `data/entities/${f}`).sort()).toEqual(Object.keys(BUNDLED_FILES).sort());
  });

  it('has at least 60 entities and every required id', () => {
    expect(dataset.entities.length).toBeGreaterThanOrEqual(60);
    expect(REQUIRED.filter((id) => !dataset.byId.has(id))).toEqual([]);
  });

  it("holds the 300 entities the news of 2026 needs, the audit's missing ones among them", () => {
    expect(dataset.entities.length).toBeGreaterThanOrEqual(300);
    expect(AUDIT_MISSING.filter((id) => !dataset.byId.has(id))).toEqual([]);
  });

  it('sources every fact and every relation with an http(s) page', () => {
    for (const e of dataset.entities) {
      expect(e.facts.length, e.id).toBeGreaterThan(0);
      for (const f of [...e.facts, ...e.relations]) {
        expect(isHttpUrl(f.source.url), `${e.id}: ${f.source.url}`).toBe(true);
        expect(f.source.title.length, e.id).toBeGreaterThan(0);
      }
    }
  });

  it('cites the LatePost report itself (not its homepage) for the story’s key facts', () => {
    // The seed story is LatePost's report: its facts cite the article page, named by its title.
    const fromLatePost = (id: string) =>
      dataset.byId.get(id)?.facts.filter((f) => /LatePost/.test(f.source.title) && !isHomepage(f.source.url)) ?? [];
    for (const id of ['lin-junyang', 'yu-bowen', 'zhou-hao', 'qwen']) expect(fromLatePost(id).length, id).toBeGreaterThan(0);
    expect(fromLatePost('lin-junyang').some((f) => f.date?.startsWith('2026-03'))).toBe(true);
  });

  it('records who took over from whom and who reports to whom', () => {
    const rel = (from: string, type: string, to: string) =>
      dataset.byId.get(from)?.relations.some((r) => r.type === type && r.target === to);
    expect(rel('zhou-hao', 'succeeded', 'yu-bowen')).toBe(true);
    expect(rel('zhou-hao', 'reports-to', 'zhou-jingren')).toBe(true);
    expect(rel('zhou-hao', 'formerly', 'google-deepmind') || rel('zhou-hao', 'works-at', 'google-deepmind')).toBe(true);
  });

  it('gives Chinese people both name orders in Latin script', () => {
    for (const id of ['lin-junyang', 'yu-bowen', 'zhou-hao', 'hui-binyuan', 'zhou-jingren']) {
      const aliases = dataset.byId.get(id)?.aliases.map((a) => toAliasRule(a).text) ?? [];
      const [family, given] = (dataset.byId.get(id)?.name ?? '').split(' ');
      expect(aliases, id).toEqual(expect.arrayContaining([`${family} ${given}`, `${given} ${family}`]));
    }
  });

  it('makes everyday words ambiguous: exact case and supporting context', () => {
    for (const [id, word] of [
      ['meta', 'Meta'],
      ['cursor', 'Cursor'],
      ['bytedance-seed', 'Seed'],
      ['alibaba-pai', 'PAI'],
      ['x', 'X'],
    ]) {
      const rule = dataset.byId
        .get(id as string)
        ?.aliases.map(toAliasRule)
        .find((a) => a.text === word);
      expect(rule, `${id} ${word}`).toMatchObject({ caseSensitive: true, needsContext: true });
    }
  });
});
