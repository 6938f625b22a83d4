/** From stored packs to the entities in use and what the options page says of each pack. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityInput } from '@/lib/dataset/schema';
import { assemblePacks } from '@/lib/packs/assemble';
import { addPack, filePack, movePack, setEnabled, urlPack } from '@/lib/packs/edits';
import { BUNDLED_PACK_ID, emptyList } from '@/lib/packs/store';
import { packItems } from '@/lib/packs/view';

const good = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/datasets/good.json'), 'utf8'));
const now = new Date('2026-12-01T00:00:00Z');
const source = { title: 't', url: 'https://example.com/a' };
const bundled = {
  asOf: '2026-11-01',
  entities: [
    {
      id: 'alibaba',
      name: 'Alibaba',
      category: 'company',
      aliases: ['Alibaba'],
      summary: 'Bundled.',
      facts: [{ text: 'x', source }],
      relations: [],
    },
  ] as EntityInput[],
};
const theirs = { asOf: '2026-11-30', entities: [{ ...bundled.entities[0], summary: 'Newer.' }] };

function setup() {
  let list = addPack(emptyList(), filePack('mine', 'mine.json', null, good, 2, now));
  list = addPack(list, { ...filePack('theirs', 'theirs.json', null, theirs, 1, now), title: 'Theirs' });
  list = addPack(list, urlPack('sub', 'https://x.test/p.json', now));
  return list;
}
const data = new Map<string, unknown>([
  ['mine', good],
  ['theirs', theirs],
]);

describe('assemblePacks', () => {
  it('stacks packs in order: the higher one wins an id, and each pack says what it lost or replaced', () => {
    const list = setup();
    const result = assemblePacks(list, data, bundled);
    expect(result.entities.map((e) => [e.id, e.summary, e.origin])).toEqual([
      ['alibaba', 'Newer.', 'user'],
      ['acme-ai', 'Acme AI is a test company.', 'user'],
      ['acme-bot', 'AcmeBot is a test company.', 'user'],
    ]);
    const items = packItems(list, result.status, (id) => (id === 'alibaba' ? 'Alibaba' : id));
    expect(items.map((i) => [i.id, i.state, i.entityCount, i.wins, i.lost])).toEqual([
      ['sub', 'empty', 0, 0, []],
      ['theirs', 'in-use', 1, 1, []],
      ['mine', 'in-use', 2, 0, []],
      [BUNDLED_PACK_ID, 'in-use', 1, 0, [{ id: 'alibaba', name: 'Alibaba', by: 'Theirs' }]],
    ]);
    // The bundled data moved up wins instead.
    const moved = movePack(movePack(movePack(list, BUNDLED_PACK_ID, -1), BUNDLED_PACK_ID, -1), BUNDLED_PACK_ID, -1);
    expect(assemblePacks(moved, data, bundled).entities[0]).toMatchObject({ id: 'alibaba', summary: 'Bundled.', origin: 'bundled' });
  });

  it('uses nothing of a pack that is off, and drops relations into it', () => {
    const off = setEnabled(setup(), 'theirs', false);
    const result = assemblePacks(setEnabled(off, BUNDLED_PACK_ID, false), data, bundled);
    expect(result.entities.map((e) => e.id)).toEqual(['acme-ai', 'acme-bot']);
    // acme-ai competes with alibaba, which no pack in use defines now.
    expect(result.entities[0]?.relations).toEqual([]);
    expect(result.status.map((s) => s.state)).toEqual(['empty', 'off', 'in-use', 'off']);
  });

  it('sets aside stored data this version cannot use, with the reason', () => {
    const bad = new Map(data).set('mine', { asOf: '2026-04-01', entities: [{ id: 'acme-ai' }] });
    const result = assemblePacks(setup(), bad, bundled);
    expect(result.status[2]).toMatchObject({ id: 'mine', state: 'invalid' });
    expect(result.status[2]?.problems[0]).toMatch(/^entity "acme-ai", field name: is required/);
    expect(result.entities.map((e) => e.id)).toEqual(['alibaba']);
  });
});
