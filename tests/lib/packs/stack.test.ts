/** Several packs at once: precedence by order, contested aliases, relations to missing entities. */
import { describe, expect, it } from 'vitest';
import type { EntityInput } from '@/lib/dataset/schema';
import { resolveStack, type StackedPack } from '@/lib/packs/stack';

const source = { title: 't', url: 'https://example.com/a' };
const entity = (id: string, aliases: EntityInput['aliases'], summary = id, relations: EntityInput['relations'] = []): EntityInput => ({
  id,
  name: id,
  category: 'company',
  aliases,
  summary,
  facts: [{ text: 'x', source }],
  relations,
});
const pack = (key: string, entities: EntityInput[], enabled = true): StackedPack => ({
  key,
  title: key,
  asOf: '2026-11-01',
  enabled,
  origin: key === 'bundled' ? 'bundled' : 'user',
  entities,
});

describe('resolveStack', () => {
  it('uses the entity of the higher pack when two define the same id, and says which won', () => {
    const stack = resolveStack([pack('mine', [entity('acme', ['Acme'], 'Mine')]), pack('bundled', [entity('acme', ['Acme'], 'Bundled')])]);
    expect(stack.entities.map((e) => [e.id, e.summary, e.origin])).toEqual([['acme', 'Mine', 'user']]);
    expect(stack.shadowed).toEqual([{ id: 'acme', pack: 'bundled', by: 'mine' }]);
    // Reversing the order reverses the outcome.
    const reversed = resolveStack([
      pack('bundled', [entity('acme', ['Acme'], 'Bundled')]),
      pack('mine', [entity('acme', ['Acme'], 'Mine')]),
    ]);
    expect(reversed.entities[0]?.summary).toBe('Bundled');
  });

  it('leaves out switched-off packs', () => {
    const stack = resolveStack([pack('mine', [entity('acme', ['Acme'])], false), pack('bundled', [entity('qwen', ['Qwen'])])]);
    expect(stack.entities.map((e) => e.id)).toEqual(['qwen']);
    expect(stack.shadowed).toEqual([]);
  });

  it('gives a contested alias to the higher pack unless both share it', () => {
    const stack = resolveStack([
      pack('mine', [entity('acme-ai', ['Acme', { text: 'Seed', shared: true }])]),
      pack('bundled', [entity('acme', ['Acme', 'Acme Corp', { text: 'Seed', shared: true }])]),
    ]);
    const aliases = Object.fromEntries(stack.entities.map((e) => [e.id, e.aliases]));
    expect(aliases['acme-ai']).toEqual(['Acme', { text: 'Seed', shared: true }]);
    expect(aliases.acme).toEqual(['Acme Corp', { text: 'Seed', shared: true }]);
  });

  it('drops relations to entities no enabled pack defines', () => {
    const rel = { type: 'competes-with' as const, target: 'other', source };
    const stack = resolveStack([pack('mine', [entity('acme', ['Acme'], 'x', [rel])]), pack('extra', [entity('other', ['Other'])], false)]);
    expect(stack.entities[0]?.relations).toEqual([]);
  });
});
