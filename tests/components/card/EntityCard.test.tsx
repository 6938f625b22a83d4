import { describe, expect, it } from 'vitest';
import { EntityCard } from '@/components/card/EntityCard';
import { HoverCard } from '@/components/card/HoverCard';
import { relationsAmong } from '@/lib/relations';
import { entity, SOURCE, testDataset } from '../../support/entities';
import { click, mount, texts } from '../../support/render';

describe('entity card', () => {
  it('shows name, other-script name, category, summary, dated facts with sources, and the as-of date', () => {
    const e = entity('lin', 'person', ['Lin Junyang'], {
      nativeName: '林俊旸',
      summary: 'Led the Qwen team.',
      facts: [
        // Written oldest first: the card shows the newest first.
        { text: 'Joined Alibaba.', date: '2019', source: SOURCE },
        { text: 'Announced his departure on X.', date: '2026-03-04', source: { title: 'LatePost', url: 'https://www.latepost.com/' } },
      ],
    });
    const root = mount(<EntityCard entity={e} count={3} related={[]} />);
    expect(root.querySelector('.nl-name')?.textContent).toBe('Lin Junyang林俊旸');
    expect(root.querySelector('.nl-native')?.getAttribute('lang')).toBe('zh');
    expect(root.querySelector('.nl-chip')?.textContent).toBe('Person');
    expect(root.querySelector('.nl-count')?.textContent).toBe('Appears 3 times on this page');
    expect(texts(root, '.nl-facts time')).toEqual(['Mar 4, 2026', '2019']);
    const link = root.querySelector('.nl-facts a') as HTMLAnchorElement;
    expect([link.href, link.target, link.rel]).toEqual(['https://www.latepost.com/', '_blank', 'noopener noreferrer']);
    expect(root.querySelector('.nl-foot')?.textContent).toContain('Data as of Mar 31, 2026');
  });

  it('shows relations to the other entities on the page, read from this entity’s side', () => {
    const dataset = testDataset();
    const alibaba = dataset.byId.get('alibaba');
    if (!alibaba) throw new Error('no alibaba');
    const related = relationsAmong(alibaba, new Set(['alibaba-cloud', 'qwen', 'bytedance']), dataset);
    const root = mount(<EntityCard entity={alibaba} related={related} />);
    expect(texts(root, '.nl-relations li').sort()).toEqual(['Includes Alibaba Cloud', 'Makes Qwen']);
  });

  it('renders hostile dataset text as inert text and never links a non-http url', () => {
    const e = entity('evil', 'company', ['Evil'], {
      summary: '<img src=x onerror="alert(1)">',
      facts: [{ text: '<script>alert(1)</script>', source: { title: 'click me', url: 'javascript:alert(1)' } }],
    });
    const root = mount(<EntityCard entity={e} related={[]} />);
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('.nl-summary')?.textContent).toBe('<img src=x onerror="alert(1)">');
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('.nl-source')?.textContent).toBe('click me');
  });

  it('marks your own entities as yours, and the hover card shows the first facts only', () => {
    const facts = [1, 2, 3, 4, 5].map((n) => ({ text: `Fact ${n}.`, source: SOURCE }));
    const e = { ...entity('mine', 'lab', ['Mine']), origin: 'user' as const, facts };
    const root = mount(<HoverCard entity={e} related={[]} onClose={() => undefined} />);
    expect(texts(root, '.nl-chip')).toEqual(['Lab / team', 'Your dataset']);
    expect(root.querySelectorAll('.nl-facts li')).toHaveLength(3);
    expect(root.querySelector('.nl-more')?.textContent).toBe('2 more in the Newslens popup');
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby')).toBe('nl-card-name');
    expect(root.querySelector('#nl-card-name')?.textContent).toBe('Mine');
  });

  it('says in one line why the name was marked, and when the page used a former name', () => {
    const x = entity('x', 'media', [
      { text: 'X', caseSensitive: true },
      { text: 'Twitter', former: true },
    ]);
    const line = (why: Parameters<typeof EntityCard>[0]['why'], former?: string) =>
      mount(<EntityCard entity={x} related={[]} why={why} former={former} />);
    expect(line({ kind: 'cue', cue: 'tweeted' }).querySelector('.nl-why')?.textContent).toBe('Marked because “tweeted” is nearby');
    expect(line({ kind: 'page' }).querySelector('.nl-why')?.textContent).toBe('Marked because it is named elsewhere on this page');
    expect(line({ kind: 'story' }).querySelector('.nl-why')?.textContent).toBe('Marked because the story names it too');
    const always = line({ kind: 'always', name: 'Twitter' }, 'Twitter');
    expect(always.querySelector('.nl-why')?.textContent).toBe('Marked because “Twitter” is always a name');
    expect(always.querySelector('.nl-former')?.textContent).toBe('“Twitter” is the former name of X');
    expect(line({ kind: 'page' }).querySelector('.nl-former')).toBeNull();
  });

  it('offers "Not this", asks where, and mutes on this site or everywhere with plain buttons', () => {
    const x = entity('x', 'media', [{ text: 'X', caseSensitive: true }]);
    const calls: boolean[] = [];
    const root = mount(
      <HoverCard
        entity={x}
        related={[]}
        onClose={() => undefined}
        notThis={{ name: 'X', site: 'engadget.com', onMute: (e) => calls.push(e) }}
      />,
    );
    const open = root.querySelector('.nl-notthis-open') as HTMLButtonElement;
    expect([open.textContent, open.tabIndex, open.getAttribute('aria-expanded')]).toEqual(['Not this', 0, 'false']);
    click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('fieldset.nl-notthis-ask legend')?.textContent).toBe('Stop marking “X” as X:');
    expect(texts(root, '.nl-notthis-ask button')).toEqual(['On engadget.com', 'Everywhere', 'Cancel']);
    click(root.querySelector('.nl-mute-site'));
    click(root.querySelector('.nl-mute-everywhere'));
    expect(calls).toEqual([false, true]);
    click(root.querySelector('.nl-mute-cancel'));
    expect(root.querySelector('.nl-notthis-ask')).toBeNull();
    expect(open.getAttribute('aria-expanded')).toBe('false');
  });
});
