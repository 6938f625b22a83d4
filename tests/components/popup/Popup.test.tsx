import { describe, expect, it, vi } from 'vitest';
import { type PageState, Popup, type PopupProps } from '@/components/popup/Popup';
import { createDataset } from '@/lib/dataset/dataset';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import type { TabSummary } from '@/lib/summary';
import { entity, testDataset, testEntities } from '../../support/entities';
import { click, mount, press, texts, type } from '../../support/render';

const summary: TabSummary = {
  host: 'news.example',
  active: true,
  total: 9,
  entities: [
    { id: 'lin-junyang', count: 3, frameId: 0 },
    { id: 'qwen', count: 4, frameId: 0 },
    { id: 'alibaba', count: 1, frameId: 0 },
    { id: 'hui-binyuan', count: 1, frameId: 0 },
  ],
};
const ready: PageState = { kind: 'ready', summary };

function popup(overrides: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    dataset: testDataset(),
    settings: DEFAULT_SETTINGS,
    page: ready,
    onToggleCategory: vi.fn(),
    onToggleSite: vi.fn(),
    onReveal: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
  return { root: mount(<Popup {...props} />), props };
}

describe('popup', () => {
  it('summarises the page by category with counts', () => {
    const { root } = popup();
    expect(root.querySelector('.summary-title')?.textContent).toBe('4 entities on this page · 9 mentions');
    expect(texts(root, '.group-title')).toEqual(['People 2', 'Companies 1', 'Models & products 1']);
    expect(texts(root, '.entity-row .entity-name')).toEqual(['Lin Junyang', 'Hui Binyuan', 'Alibaba', 'Qwen']);
    expect(texts(root, '.entity-row .entity-count')).toEqual(['×3', '×1', '×1', '×4']);
  });

  it('opens an entity’s full card and asks the page to show it', () => {
    const { root, props } = popup();
    click(root.querySelector('[data-entity="lin-junyang"] .entity-open'));
    expect(root.querySelector('.nl-card')?.getAttribute('data-entity')).toBe('lin-junyang');
    expect(root.querySelector('.nl-count')?.textContent).toBe('Appears 3 times on this page');
    click(root.querySelector('.reveal'));
    expect(props.onReveal).toHaveBeenCalledWith('lin-junyang');
    click(root.querySelector('.back'));
    expect(root.querySelector('.summary')).not.toBeNull();
  });

  it('draws the story graph and the timeline of the page’s entities', () => {
    const { root } = popup();
    expect(root.querySelectorAll('.graph .node')).toHaveLength(4);
    expect(root.querySelectorAll('.graph .edge').length).toBeGreaterThanOrEqual(2);
    expect(root.querySelector('.graph .edge.past')).not.toBeNull(); // Lin led Qwen until 2026-03
  });

  it('searches as you type, tolerates typos, and opens a result with the keyboard', () => {
    const { root } = popup();
    const input = root.querySelector('input[type="search"]') as HTMLInputElement;
    type(input, 'bytdance');
    expect(texts(root, '.result .result-name')[0]).toBe('ByteDance');
    type(input, 'tongy lab');
    expect(texts(root, '.result .result-name')[0]).toBe('Tongyi Lab');
    press(input, 'ArrowDown');
    press(input, 'ArrowUp');
    press(input, 'Enter');
    expect(root.querySelector('.nl-card')?.getAttribute('data-entity')).toBe('tongyi-lab');
  });

  it('finds entities by their Chinese names', () => {
    const { root } = popup();
    type(root.querySelector('input[type="search"]') as HTMLInputElement, '火山');
    expect(texts(root, '.result .result-name')[0]).toContain('Volcano Engine');
  });

  it('turns switches into settings changes', () => {
    const { root, props } = popup();
    click(root.querySelector('.switch.cat-media input'));
    expect(props.onToggleCategory).toHaveBeenCalledWith('media', false);
    click(root.querySelector('.site-switch input'));
    expect(props.onToggleSite).toHaveBeenCalledWith('news.example', false);
  });

  it('renders hostile dataset text as inert text in results and cards', () => {
    const evil = entity('evil', 'company', ['<img src=x onerror=alert(1)>'], {
      name: '<img src=x onerror=alert(1)>',
      summary: '<script>alert(1)</script>',
      facts: [{ text: 'Fact.', source: { title: 'bad link', url: 'javascript:alert(1)' } }],
    });
    const { root } = popup({ dataset: createDataset([...testEntities(), evil]) });
    type(root.querySelector('input[type="search"]') as HTMLInputElement, '<img');
    expect(root.querySelector('.results img')).toBeNull();
    expect(root.querySelector('.result .result-name')?.textContent).toBe('<img src=x onerror=alert(1)>');
    press(root.querySelector('input[type="search"]') as Element, 'Enter');
    expect(root.querySelector('.nl-card script, .nl-card img')).toBeNull();
    expect(root.querySelector('.nl-summary')?.textContent).toBe('<script>alert(1)</script>');
    expect(root.querySelector('.nl-card a[href^="javascript"]')).toBeNull();
  });

  it('explains pages where it cannot run, pages with no names, and sites switched off', () => {
    expect(popup({ page: { kind: 'unavailable' } }).root.querySelector('.state-title')?.textContent).toBe(
      'Newslens isn’t running on this page',
    );
    const empty: PageState = { kind: 'ready', summary: { host: 'blog.example', active: true, total: 0, entities: [] } };
    expect(popup({ page: empty }).root.querySelector('.state-title')?.textContent).toBe('No known names on this page');
    const off: PageState = { kind: 'ready', summary: { host: 'blog.example', active: false, total: 0, entities: [] } };
    expect(popup({ page: off }).root.querySelector('.state-title')?.textContent).toBe('Newslens is off on blog.example');
  });

  it('says “on this page” only of relations to entities on the page', () => {
    const { root } = popup();
    const sections = () =>
      [...root.querySelectorAll('.nl-card .nl-section')]
        .filter((el) => el.querySelector('.nl-relations'))
        .map((el) => ({ title: el.querySelector('.nl-h3')?.textContent, items: texts(el, '.nl-relations li') }));
    const input = root.querySelector('input[type="search"]') as HTMLInputElement;

    // ByteDance is not on the page and neither is anything it relates to.
    type(input, 'ByteDance');
    press(input, 'Enter');
    expect(root.querySelector('.nl-card')?.getAttribute('data-entity')).toBe('bytedance');
    expect(sections()).toEqual([{ title: 'Relations', items: ['Includes Seed', 'Includes Volcano Engine'] }]);

    // Alibaba Cloud is not on the page, but Alibaba, of which it is part, is.
    click(root.querySelector('.back'));
    type(input, 'Alibaba Cloud');
    press(input, 'Enter');
    expect(sections()).toEqual([{ title: 'Related on this page', items: ['Part of Alibaba'] }]);

    // Alibaba is on the page: Qwen is too; Alibaba Cloud is not.
    click(root.querySelector('.back'));
    click(root.querySelector('[data-entity="alibaba"] .entity-open'));
    expect(sections()).toEqual([
      { title: 'Related on this page', items: ['Makes Qwen'] },
      { title: 'Other relations', items: ['Includes Alibaba Cloud'] },
    ]);
  });

  it('counts in its summary only the entities it lists', () => {
    // "acme-ai" came from a dataset since removed: the page still reports it, the popup cannot show it.
    const page: PageState = {
      kind: 'ready',
      summary: { ...summary, total: 14, entities: [...summary.entities, { id: 'acme-ai', count: 5, frameId: 0 }] },
    };
    const { root } = popup({ page });
    expect(texts(root, '.entity-row .entity-name')).toEqual(['Lin Junyang', 'Hui Binyuan', 'Alibaba', 'Qwen']);
    expect(root.querySelector('.summary-title')?.textContent).toBe('4 entities on this page · 9 mentions');
    expect(root.querySelectorAll('.graph .node')).toHaveLength(4);
  });
});
