/** The options page's packs list: what a user reads of each pack, and what each control asks for. */
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Packs, type PacksProps } from '@/components/options/Packs';
import type { PackItem } from '@/lib/packs/view';
import { click, mount, texts, type } from '../../support/render';
import { settle } from '../../support/wait';

const item = (over: Partial<PackItem>): PackItem => ({
  id: 'x',
  kind: 'file',
  title: 'X',
  from: null,
  revision: null,
  asOf: null,
  updatedAt: null,
  entityCount: 0,
  enabled: true,
  state: 'in-use',
  problems: [],
  lost: [],
  wins: 0,
  check: null,
  first: false,
  last: false,
  ...over,
});

const ITEMS: PackItem[] = [
  item({
    id: 'sub',
    kind: 'url',
    title: 'AI news weekly',
    from: 'https://packs.example/ai.json',
    revision: 4,
    asOf: '2026-11-30',
    updatedAt: '2026-12-01T08:00:00Z',
    entityCount: 12,
    wins: 1,
    first: true,
    check: {
      outcome: 'failed',
      checkedAt: Date.parse('2026-12-02T08:00:00Z'),
      reasons: ['entity "acme", field facts[0].source.url: must be an http(s) URL'],
    },
  }),
  item({ id: 'mine', title: 'mine.json', from: 'mine.json', entityCount: 2, enabled: false, state: 'off' }),
  item({ id: 'old', title: 'old.json', state: 'invalid', problems: ['entity "a", field name: is required'] }),
  item({
    id: 'bundled',
    kind: 'bundled',
    title: 'Newslens',
    entityCount: 322,
    last: true,
    lost: [{ id: 'qwen', name: 'Qwen', by: 'AI news weekly' }],
  }),
];

function render(over: Partial<PacksProps> = {}) {
  const props: PacksProps = {
    items: ITEMS,
    autoUpdate: true,
    onAutoUpdate: vi.fn(),
    onCheckAll: vi.fn(async () => undefined),
    onCheck: vi.fn(),
    onEnable: vi.fn(),
    onMove: vi.fn(),
    onRemove: vi.fn(),
    onExport: vi.fn(),
    onSubscribe: vi.fn(async () => ({ ok: true as const, count: 12 })),
    onImport: vi.fn(async () => ({ ok: true as const, count: 2 })),
    ...over,
  };
  return { root: mount(<Packs {...props} />), props };
}
const row = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="pack"][data-id="${id}"]`) as HTMLElement;

describe('options: packs', () => {
  it('lists each pack in order with its revision, date, count and what kind it is', () => {
    const { root } = render();
    expect(texts(root, '.pack-title')).toEqual(['AI news weekly', 'mine.json', 'old.json', 'Newslens']);
    expect(texts(row(root, 'sub'), '.chip')).toEqual(['Subscription']);
    expect(row(root, 'sub').querySelector('.pack-meta')?.textContent).toMatch(/^Revision 4 · as of 2026-11-30 · 12 entities · stored /);
    expect(row(root, 'bundled').querySelector('.pack-meta')?.textContent).toBe('322 entities');
    expect(row(root, 'sub').querySelector('.pack-from')?.textContent).toBe('https://packs.example/ai.json');
  });

  it('says which pack wins an entity two packs define', () => {
    const { root } = render();
    expect(row(root, 'bundled').querySelector('[data-testid="pack-lost"]')?.textContent).toBe(
      '1 of its entities are not used, because a pack higher in the list describes them: Qwen (AI news weekly).',
    );
    expect(row(root, 'sub').querySelector('[data-testid="pack-wins"]')?.textContent).toBe(
      'Its entities replace 1 entities of packs lower in the list.',
    );
  });

  it('shows a failed check with its exact reason, and a kept pack it cannot use with its problems', () => {
    const { root } = render();
    const check = row(root, 'sub').querySelector('[data-testid="pack-check"]') as HTMLElement;
    expect(check.dataset.outcome).toBe('failed');
    expect(check.querySelector('p')?.textContent).toMatch(/failed; the revision in use did not change\. Why:$/);
    expect(texts(check, 'li')).toEqual(['entity "acme", field facts[0].source.url: must be an http(s) URL']);
    expect(texts(row(root, 'old'), '.reasons li')).toEqual(['entity "a", field name: is required']);
    expect((row(root, 'old').querySelector('input[type="checkbox"]') as HTMLInputElement).disabled).toBe(true);
  });

  it('switches, moves, checks and removes the pack the user acts on; the bundled data cannot be removed', () => {
    const { root, props } = render();
    click(row(root, 'mine').querySelector('input[type="checkbox"]'));
    expect(props.onEnable).toHaveBeenCalledWith('mine', true);
    click(row(root, 'mine').querySelector('button[aria-label^="Move “mine.json” up"]'));
    expect(props.onMove).toHaveBeenCalledWith('mine', -1);
    expect((row(root, 'sub').querySelector('button[aria-label^="Move “AI news weekly” up"]') as HTMLButtonElement).disabled).toBe(true);
    click(row(root, 'sub').querySelector('.check-now'));
    expect(props.onCheck).toHaveBeenCalledWith('sub');
    click(row(root, 'mine').querySelector('.remove'));
    expect(props.onRemove).toHaveBeenCalledWith('mine');
    expect(row(root, 'bundled').querySelector('.remove')).toBeNull();
    expect(row(root, 'bundled').querySelector('.check-now')).toBeNull();
  });

  it('offers update checks only with a subscription, and turns them off', () => {
    const { root, props } = render();
    click(root.querySelector('.pack-updates input'));
    expect(props.onAutoUpdate).toHaveBeenCalledWith(false);
    click(root.querySelector('[data-testid="check-all"]'));
    expect(props.onCheckAll).toHaveBeenCalled();
    expect(render({ items: ITEMS.slice(1) }).root.querySelector('.pack-updates')).toBeNull();
  });

  it('subscribes from the form and says what came of it, listing every reason on failure', async () => {
    const onSubscribe = vi.fn(async () => ({ ok: false as const, errors: ['The server answered 500.'] }));
    const { root } = render({ onSubscribe });
    type(root.querySelector('.subscribe input') as HTMLInputElement, ' https://packs.example/ai.json ');
    act(() => {
      (root.querySelector('.subscribe') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    // Called at once, inside the submit: the permission prompt needs the user's gesture.
    expect(onSubscribe).toHaveBeenCalledWith('https://packs.example/ai.json');
    await settle(() => root.querySelector('.subscribe [role="alert"]') !== null, 'the subscription outcome');
    expect(root.querySelector('.subscribe [role="alert"] p')?.textContent).toBe(
      'Not subscribed to https://packs.example/ai.json. Nothing changed. Why:',
    );
    expect(texts(root, '.subscribe [role="alert"] li')).toEqual(['The server answered 500.']);
  });

  it('renders pack text as text, never as markup', () => {
    const { root } = render({ items: [item({ title: '<img src=x onerror=alert(1)>', check: null })] });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.pack-title')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
