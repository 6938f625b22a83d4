/** Small hand-made entities for unit tests of the engine (independent of the bundled data). */
import { createDataset, type Dataset, type Entity } from '@/lib/dataset/dataset';
import type { Alias, Category, Relation } from '@/lib/dataset/schema';

export const SOURCE = { title: 'Test source', url: 'https://example.com/source' };

export function entity(id: string, category: Category, aliases: Alias[], extra: Partial<Entity> = {}): Entity {
  return {
    id,
    name: typeof aliases[0] === 'string' ? aliases[0] : (aliases[0]?.text ?? id),
    category,
    aliases,
    summary: `${id} summary.`,
    facts: [{ text: `${id} fact.`, source: SOURCE }],
    relations: [],
    origin: 'bundled',
    asOf: '2026-03-31',
    ...extra,
  };
}

export function rel(type: Relation['type'], target: string, extra: Partial<Relation> = {}): Relation {
  return { type, target, source: SOURCE, ...extra };
}

/** A miniature of the real dataset's tricky cases. */
export function testEntities(): Entity[] {
  return [
    entity('alibaba', 'company', ['Alibaba', '阿里巴巴', { text: '阿里', needsContext: false }]),
    entity('alibaba-cloud', 'company', ['Alibaba Cloud', '阿里云'], { relations: [rel('part-of', 'alibaba')] }),
    entity('qwen', 'product', [{ text: 'Qwen', versioned: true }, '通义千问'], { relations: [rel('product-of', 'alibaba')] }),
    entity('qwen3.5', 'product', ['Qwen3.5', 'Qwen 3.5'], { relations: [rel('part-of', 'qwen')] }),
    entity('bytedance', 'company', ['ByteDance', '字节跳动']),
    entity('bytedance-seed', 'lab', [{ text: 'Seed', caseSensitive: true, needsContext: true, exclude: ['Seed round', 'seed funding'] }], {
      context: ['Doubao', 'model'],
      relations: [rel('part-of', 'bytedance')],
    }),
    entity('volcano-engine', 'company', ['Volcano Engine', '火山引擎'], { relations: [rel('part-of', 'bytedance')] }),
    entity('meta', 'company', [{ text: 'Meta', caseSensitive: true, needsContext: true, exclude: ['Meta Knight'] }], {
      context: ['Facebook', 'Zuckerberg', 'Instagram'],
    }),
    entity('cursor', 'product', [{ text: 'Cursor', caseSensitive: true, needsContext: true }], {
      context: ['code editor', 'Anysphere'],
      relations: [rel('uses', 'qwen')],
    }),
    entity('x', 'media', [{ text: 'X', caseSensitive: true, needsContext: true, exclude: ['X-ray'] }, 'Twitter'], {
      context: ['posted', 'tweet'],
    }),
    entity('hui-binyuan', 'person', ['Hui Binyuan', 'Binyuan Hui'], { relations: [rel('works-at', 'meta', { since: '2026-01' })] }),
    entity('lin-junyang', 'person', ['Lin Junyang', 'Junyang Lin', '林俊旸', { text: 'Lin', caseSensitive: true, needsContext: true }], {
      relations: [rel('leads', 'qwen', { until: '2026-03' })],
    }),
    entity('tongyi-lab', 'lab', ['Tongyi Lab', 'Tongyi Laboratory', { text: 'Tongyi', shared: true }]),
    entity('tongyi-app', 'product', [{ text: 'Tongyi', shared: true }, 'Tongyi app'], { context: ['app', 'download'] }),
  ];
}

export function testDataset(): Dataset {
  return createDataset(testEntities());
}
