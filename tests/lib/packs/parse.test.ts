/** Reading a pack: every way a download can be wrong is caught and named, and nothing partial is accepted. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/lib/packs/canonical';
import { entitiesHash } from '@/lib/packs/header';
import { parsePack } from '@/lib/packs/parse';

const good = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/datasets/good.json'), 'utf8'));
const targets = ['alibaba', 'qwen', 'alibaba-cloud'];

async function pack(over: Record<string, unknown> = {}, entities: unknown = good.entities) {
  return { pack: { title: 'Acme pack', revision: 2, sha256: await entitiesHash(entities), ...over }, asOf: good.asOf, entities };
}
const parse = (value: unknown, requireHeader = true) =>
  parsePack(typeof value === 'string' ? value : JSON.stringify(value), { requireHeader, targets });

describe('parsePack', () => {
  it('accepts a pack whose hash matches its entities, however the file is indented or its keys ordered', async () => {
    const p = await pack();
    const spaced = await parse(JSON.stringify(p, null, 2));
    expect(spaced.ok).toBe(true);
    // The same entities with their keys in another order: the canonical form, and so the hash, is the same.
    const reordered = { ...p, entities: JSON.parse(canonicalJson(p.entities)) };
    const result = await parse(reordered);
    expect(result.ok && result.header).toMatchObject({ title: 'Acme pack', revision: 2 });
  });

  it('rejects a pack changed after it was built (bad hash)', async () => {
    const p = await pack();
    (p.entities as Array<{ summary: string }>)[0] = { ...(p.entities as Array<{ summary: string }>)[0], summary: 'Changed.' } as never;
    const result = await parse(p);
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(/do not match its sha256/)]);
  });

  it('rejects a truncated download as not JSON', async () => {
    const text = JSON.stringify(await pack());
    const result = await parse(text.slice(0, text.length / 2));
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(/^The pack is not valid JSON \(cut short/)]);
  });

  it('rejects a pack over the size limit before reading it', async () => {
    const result = await parsePack(JSON.stringify(await pack()), { requireHeader: true, targets, maxBytes: 100 });
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(/^The pack is \d+ KB; packs up to 1 KB are accepted\.$/)]);
  });

  it('names the entity and field of an invalid entry', async () => {
    const entities = structuredClone(good.entities);
    entities[0].facts[0].date = '2026-13';
    const result = await parse(await pack({}, entities));
    expect(result.ok ? [] : result.errors.join('\n')).toMatch(/field facts\[0\]\.date: must be an ISO date/);
  });

  it('names a bad header field, and requires a header for a subscription but not for a file', async () => {
    const bad = await parse(await pack({ revision: 0 }));
    expect(bad.ok ? [] : bad.errors).toEqual(['pack header, field revision: must be 1 or more']);
    const plain = { asOf: good.asOf, entities: good.entities };
    expect((await parse(plain, true)).ok).toBe(false);
    const file = await parse(plain, false);
    expect(file.ok && file.header).toBeNull();
  });

  it('lets relations point at entities outside the pack only when they are known', async () => {
    const result = await parsePack(JSON.stringify(await pack()), { requireHeader: true, targets: [] });
    expect(result.ok ? [] : result.errors.join('\n')).toMatch(/which is not an entity/);
  });
});
