import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '@/lib/dataset/bundled';
import { parseImport } from '@/lib/dataset/import';
import { formatProblem, validateDatasetFile } from '@/lib/dataset/validate';

const fixture = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/datasets', name), 'utf8'));
const existing = () => bundledDataset().entities;
const problemsOf = (data: unknown) => {
  const result = validateDatasetFile(data, { existing: existing() });
  return result.ok ? [] : result.problems.map(formatProblem);
};
const messages = (name: string) => problemsOf(fixture(name));

describe('dataset validation', () => {
  it('accepts a well-formed dataset that builds on the bundled entities', () => {
    const result = validateDatasetFile(fixture('good.json'), { existing: existing() });
    expect(result.ok).toBe(true);
  });

  it.each([
    ['missing-field.json', 'entity "acme-bot", field summary: is required'],
    ['dangling-relation.json', 'entity "acme-bot", field relations[0].target: points to "no-such-entity", which is not an entity'],
    [
      'duplicate-alias.json',
      'entity "acme-bot", field aliases[1]: "ACME AI" is also an alias of acme-ai; mark it "shared": true on every entity that claims it',
    ],
    ['non-http-url.json', 'entity "acme-ai", field facts[0].source.url: must be an http(s) URL'],
    ['markup.json', 'entity "acme-ai", field summary: must be plain text (no HTML tags, entities or control characters)'],
    ['bad-date.json', 'entity "acme-ai", field facts[0].date: must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('rejects %s, naming the entity and the field', (file, expected) => {
    expect(messages(file)).toContain(expected);
  });

  it('rejects an alias another entity already owns unless both mark it shared', () => {
    expect(messages('bundled-alias.json').join('\n')).toMatch(
      /entity "acme-bot", field aliases\[0\]: "Alibaba" is also an alias of alibaba/,
    );
  });

  it('rejects an alias repeated within one entity', () => {
    const data = fixture('good.json');
    data.entities[1].aliases.push('acmebot');
    expect(problemsOf(data)).toContain('entity "acme-bot", field aliases[1]: repeats the alias "acmebot"');
  });

  it('names unknown fields and wrong types', () => {
    const data = fixture('good.json');
    data.entities[0].category = 'planet';
    data.entities[0].color = 'red';
    const text = problemsOf(data);
    expect(text).toContain('entity "acme-ai", field category: must be one of: person, company, product, lab, media');
    expect(text).toContain('entity "acme-ai", field color: is not a known field');
  });
});

describe('dataset import', () => {
  it('refuses a file over the size limit with a clear message', () => {
    const result = parseImport(' '.repeat(1024 * 1024 + 1), existing());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/datasets up to 1024 KB can be imported/);
  });

  it('refuses text that is not JSON', () => {
    const result = parseImport('{"asOf": "2026-01-01", "entities": [', existing());
    expect(!result.ok && result.errors[0]).toMatch(/^The file is not valid JSON/);
  });

  it('stamps accepted entities as the user’s own', () => {
    const result = parseImport(JSON.stringify(fixture('good.json')), existing());
    expect(result.ok && result.entities.map((e) => [e.id, e.origin, e.asOf])).toEqual([
      ['acme-ai', 'user', '2026-04-01'],
      ['acme-bot', 'user', '2026-04-01'],
    ]);
  });
});
