import { describe, expect, it } from 'vitest';
import { holdersOf, parseRoleQuery } from '@/lib/search/roles';
import { entity, rel } from '../../support/entities';

describe('parseRoleQuery', () => {
  it('splits a title from the organisation the rest names, in either order and script', () => {
    expect(parseRoleQuery('OpenAI CEO')).toMatchObject({ title: { forms: expect.arrayContaining(['ceo']) }, rest: 'openai' });
    expect(parseRoleQuery('chief executive of OpenAI')?.rest).toBe('openai');
    expect(parseRoleQuery('the head of Tongyi Lab')?.rest).toBe('tongyi lab');
    expect(parseRoleQuery('阿里云 CTO')?.rest).toBe('阿里云');
    expect(parseRoleQuery('阿里巴巴的首席技术官')?.rest).toBe('阿里巴巴');
  });

  it('prefers the longest title a query holds', () => {
    // "chief AI scientist" is not "chief scientist", nor a "chief" (head).
    expect(parseRoleQuery('Meta chief AI scientist')?.title.forms[0]).toBe('chief ai scientist');
  });

  it('leaves plain names alone: no title, a title inside a word, or only a title', () => {
    expect(parseRoleQuery('OpenAI')).toBeNull();
    expect(parseRoleQuery('Headway')).toBeNull();
    expect(parseRoleQuery('T-Head')).toBeNull();
    expect(parseRoleQuery('Lead')).toBeNull();
    expect(parseRoleQuery('CEO')).toBeNull();
  });
});

describe('holdersOf', () => {
  const acme = entity('acme', 'company', ['Acme']);
  const acmeCloud = entity('acme-cloud', 'company', ['Acme Cloud'], { relations: [rel('part-of', 'acme')] });
  const rocket = entity('rocket', 'product', ['Rocket'], {
    relations: [rel('product-of', 'acme'), rel('product-of', 'rocket-team')],
  });
  const rocketTeam = entity('rocket-team', 'lab', ['Rocket team'], { relations: [rel('part-of', 'acme')] });
  const people = [
    entity('ceo-now', 'person', ['Ada Now'], { relations: [rel('leads', 'acme', { role: 'CEO' })] }),
    entity('ceo-before', 'person', ['Bob Before'], { relations: [rel('formerly-led', 'acme', { role: 'CEO', until: '2024' })] }),
    entity('group-cto', 'person', ['Cy Group'], { relations: [rel('works-at', 'acme', { role: 'Group CTO' })] }),
    entity('cloud-cto-before', 'person', ['Di Cloud'], { relations: [rel('formerly', 'acme-cloud', { role: 'CTO', until: '2026' })] }),
    entity('team-head', 'person', ['Eve Team'], { relations: [rel('leads', 'rocket-team', { role: 'acting head' })] }),
    entity('founder', 'person', ['Fay Founder'], { relations: [rel('founded', 'acme')] }),
    entity('engineer', 'person', ['Gus Engineer'], { relations: [rel('works-at', 'acme', { role: 'engineer' })] }),
  ];
  const all = [acme, acmeCloud, rocket, rocketTeam, ...people];
  const byId = new Map(all.map((e) => [e.id, e]));
  const ids = (query: string, orgs: typeof all) => {
    const role = parseRoleQuery(query);
    if (!role) throw new Error(`no title in ${query}`);
    return holdersOf(role.title, orgs, byId, all).map((h) => h.entity.id);
  };

  it('puts the current holder before a past one, and only holders of that title', () => {
    expect(ids('Acme CEO', [acme])).toEqual(['ceo-now', 'ceo-before']);
  });

  it("answers for a unit with the unit's own holder before its parent's", () => {
    expect(ids('Acme Cloud CTO', [acmeCloud])).toEqual(['cloud-cto-before', 'group-cto']);
  });

  it("reads a product's head as the head of the team it is named after", () => {
    expect(ids('Rocket head', [rocket])[0]).toBe('team-head');
  });

  it('knows founders and heads from the relation type alone', () => {
    expect(ids('Acme founder', [acme])).toEqual(['founder']);
    expect(ids('Acme boss', [acme])).toContain('ceo-now');
  });
});
