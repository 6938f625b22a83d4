import { describe, expect, it } from 'vitest';
import { bundledDataset } from '@/lib/dataset/bundled';
import { createEntitySearch } from '@/lib/search/search';
import { syntheticEntities } from '../../../scripts/bench/synthetic';

const real = bundledDataset().entities;
const small = createEntitySearch(real);
const large = createEntitySearch([...real, ...syntheticEntities(10_000 - real.length)]);
const top = (search: typeof small, q: string) => search.search(q, 5).map((h) => h.entity.id);

describe.each([
  ['the bundled dataset', small],
  ['10,000 entities (bigram candidates, then fuse.js)', large],
])('search over %s', (_, search) => {
  it('tolerates typos', () => {
    expect(top(search, 'bytdance')[0]).toBe('bytedance');
    expect(top(search, 'tongy lab')[0]).toBe('tongyi-lab');
    expect(top(search, 'deepmnd')[0]).toBe('google-deepmind');
    expect(top(search, 'Lin Junyag')[0]).toBe('lin-junyang');
  });

  it('finds entities by any alias, Chinese included', () => {
    expect(top(search, '阿里云')[0]).toBe('alibaba-cloud');
    expect(top(search, '字节跳动')[0]).toBe('bytedance');
    expect(top(search, 'Junyang Lin')[0]).toBe('lin-junyang');
  });

  it('ranks a name above a word in a summary', () => {
    // Many summaries mention Alibaba; the company itself comes first.
    expect(top(search, 'Alibaba')[0]).toBe('alibaba');
    expect(top(search, 'Doubao')[0]).toBe('doubao');
  });

  it('returns nothing for an empty query', () => {
    expect(search.search('   ')).toEqual([]);
  });
});

describe.each([
  ['the bundled dataset', small],
  ['10,000 entities', large],
])('search by role over %s', (_, search) => {
  it('finds the person who holds a title at an organisation', () => {
    expect(top(search, 'OpenAI CEO')[0]).toBe('sam-altman');
    expect(top(search, 'openai ceo')[0]).toBe('sam-altman');
    expect(top(search, 'Nvidia CEO')[0]).toBe('jensen-huang');
    expect(top(search, 'DeepSeek founder')[0]).toBe('liang-wenfeng');
  });

  it('reads "Qwen head" as the Qwen team\'s head, and Chinese queries too', () => {
    expect(top(search, 'Qwen head')[0]).toBe('zhou-jingren');
    expect(top(search, '阿里云 CTO')[0]).toBe('zhou-jingren');
    expect(top(search, '阿里巴巴 CEO')[0]).toBe('eddie-wu');
  });

  it('leaves a name that merely holds a title word to the name search', () => {
    expect(top(search, 'T-Head')[0]).toBe('t-head');
  });

  it('still lists the organisation itself after its people', () => {
    expect(top(search, 'OpenAI CEO')).toContain('openai');
  });
});

describe('search in traditional characters', () => {
  it('finds what the data writes in simplified characters', () => {
    expect(top(small, '字節跳動')[0]).toBe('bytedance');
    expect(top(small, '阿里雲')[0]).toBe('alibaba-cloud');
  });
});
