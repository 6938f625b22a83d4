/** The editorial rules check-data applies to the bundled data. */
import { describe, expect, it } from 'vitest';
import { checkQuality, isHomepage, nearKey } from '@/lib/dataset/quality';
import type { DatasetFile, EntityInput } from '@/lib/dataset/schema';

const read = {
  title: 'Reuters: a report (1 March 2026)',
  url: 'https://www.reuters.com/technology/a-report-2026-03-01/',
  retrieved: '2026-12-01',
};

function entity(over: Partial<EntityInput> & { id: string }): EntityInput {
  return {
    name: over.id,
    category: 'company',
    aliases: [over.id],
    summary: 'A company.',
    facts: [{ text: 'It did something.', date: '2026-02', source: read }],
    relations: [],
    ...over,
  };
}

const file = (entities: EntityInput[], asOf = '2026-06-30'): Array<{ path: string; file: DatasetFile }> => [
  { path: 'data/entities/test.json', file: { asOf, entities } },
];

const messages = (entities: EntityInput[], asOf?: string) =>
  checkQuality(file(entities, asOf)).map((p) => `${p.entity} ${p.field}: ${p.message}`);

describe('editorial checks', () => {
  it('passes a clean, fresh, sourced entity', () => {
    expect(messages([entity({ id: 'acme' })])).toEqual([]);
  });

  it('requires the date a source was read, and a date on every fact', () => {
    const out = messages([
      entity({ id: 'acme', facts: [{ text: 'It did something.', source: { title: 't', url: 'https://example.com/a' } }] }),
    ]);
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringContaining('acme facts[0].date: is required'),
        expect.stringContaining('acme facts[0].source.retrieved: is required'),
      ]),
    );
  });

  it('rejects a homepage as a source, for facts and relations', () => {
    const home = { ...read, url: 'https://www.latepost.com/' };
    const out = messages([
      entity({ id: 'other' }),
      entity({
        id: 'acme',
        facts: [{ text: 'It did something.', date: '2026-03', source: home }],
        relations: [{ type: 'competes-with', target: 'other', source: home }],
      }),
    ]);
    expect(out.filter((m) => m.includes('is a homepage'))).toHaveLength(2);
    expect(isHomepage('https://www.latepost.com/index.html')).toBe(true);
    expect(isHomepage('https://www.latepost.com/news/dj_detail?id=1')).toBe(false);
    expect(isHomepage('https://example.com/?id=3')).toBe(false);
  });

  it('flags an active entity with no fact from the last twelve months, not an ended one', () => {
    const old = [{ text: 'Founded.', date: '2019', source: read }];
    expect(messages([entity({ id: 'stale', facts: old })], '2026-06-30')).toEqual([expect.stringContaining('stale facts: has no fact')]);
    expect(messages([entity({ id: 'gone', facts: old, ended: '2020' })], '2026-06-30')).toEqual([]);
    // A fact dated to the year counts up to the year's end.
    expect(messages([entity({ id: 'year', facts: [{ text: 'Grew.', date: '2025', source: read }] })], '2026-06-30')).toEqual([]);
  });

  it('rejects facts dated after their file and words that age', () => {
    const out = messages([
      entity({
        id: 'acme',
        facts: [
          { text: 'It did something.', date: '2026-09', source: read },
          { text: 'It recently hired a chief.', date: '2026-02', source: read },
        ],
      }),
    ]);
    expect(out).toEqual([expect.stringContaining('after the file'), expect.stringContaining('says "recently"')]);
  });

  it('finds near-duplicate aliases across entities unless both are marked shared', () => {
    const out = messages([entity({ id: 'a', aliases: ['DeepSeek'] }), entity({ id: 'b', aliases: ['Deep Seek'] })]);
    expect(out).toEqual([expect.stringContaining('"Deep Seek" nearly repeats "DeepSeek" of a')]);
    const shared = messages([
      entity({ id: 'a', aliases: [{ text: 'Seed', shared: true }] }),
      entity({ id: 'b', aliases: [{ text: 'Seed', shared: true }] }),
    ]);
    expect(shared).toEqual([]);
    expect(nearKey('Deep-Seek')).toBe(nearKey('deepseek'));
  });

  it('finds two current heads of one target in the same role', () => {
    const leads = (role?: string, until?: string) => [{ type: 'leads' as const, target: 'team', role, until, source: read }];
    const team = entity({ id: 'team', category: 'lab' });
    expect(messages([team, entity({ id: 'p1', relations: leads() }), entity({ id: 'p2', relations: leads() })])).toEqual([
      expect.stringContaining('p2 relations: leads team now, and so does p1'),
    ]);
    expect(messages([team, entity({ id: 'p1', relations: leads('CEO') }), entity({ id: 'p2', relations: leads('chairman') })])).toEqual([]);
    expect(messages([team, entity({ id: 'p1', relations: leads(undefined, '2025') }), entity({ id: 'p2', relations: leads() })])).toEqual(
      [],
    );
  });
});
