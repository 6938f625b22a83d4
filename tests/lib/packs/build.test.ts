/** npm run pack's core: what it builds is accepted by the subscriber's parser, byte for byte. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack } from '@/lib/packs/build';
import { parsePack } from '@/lib/packs/parse';

const good = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/datasets/good.json'), 'utf8'));
const targets = ['alibaba', 'qwen', 'alibaba-cloud'];

describe('buildPack', () => {
  it('builds a pack that parses back with its header, from several files', async () => {
    const [a, b] = [
      { asOf: '2026-10-01', entities: good.entities.slice(0, 1) },
      { asOf: '2026-11-01', entities: good.entities.slice(1) },
    ];
    const built = await buildPack([a, b], { title: 'Acme', revision: 4, updateUrl: 'https://example.com/acme.json' }, targets);
    if (!built.ok) throw new Error(built.errors.join('\n'));
    expect(built.pack.asOf).toBe('2026-11-01');
    const parsed = await parsePack(JSON.stringify(built.pack, null, 2), { requireHeader: true, targets });
    expect(parsed.ok && parsed.header).toEqual(built.pack.pack);
    expect(parsed.ok && parsed.file.entities.map((e) => e.id)).toEqual(good.entities.map((e: { id: string }) => e.id));
  });

  it('refuses invalid input and says where', async () => {
    const broken = structuredClone(good);
    delete broken.entities[0].summary;
    const built = await buildPack([broken], { title: 'Acme', revision: 1 }, targets);
    expect(built.ok ? [] : built.errors).toContain(`entity "${good.entities[0].id}", field summary: is required`);
  });
});
