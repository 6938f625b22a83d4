import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { DatasetImport, type ImportOutcome } from '@/components/options/DatasetImport';
import { mount, texts } from '../../support/render';
import { settle } from '../../support/wait';

/** Chooses a file the way the file picker does, and waits until the page says how it went. */
async function choose(root: HTMLElement, name: string, content: string) {
  const input = root.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle(() => root.querySelector('[role="status"], [role="alert"]') !== null, `the outcome of importing ${name}`);
}

describe('dataset import', () => {
  it('lists every problem by entity and field when a file is refused', async () => {
    const onImport = vi.fn(
      async (): Promise<ImportOutcome> => ({
        ok: false,
        errors: ['entity "acme", field summary: is required', 'entity "acme", field facts[0].source.url: must be an http(s) URL'],
      }),
    );
    const root = mount(<DatasetImport current={null} onImport={onImport} onRemove={vi.fn()} onExport={vi.fn()} />);
    await choose(root, 'mine.json', '{}');
    expect(onImport).toHaveBeenCalledWith('{}', 'mine.json');
    expect(root.querySelector('[role="alert"] p')?.textContent).toBe('mine.json was not imported. Nothing changed. Problems:');
    expect(texts(root, '[role="alert"] li')).toEqual([
      'entity "acme", field summary: is required',
      'entity "acme", field facts[0].source.url: must be an http(s) URL',
    ]);
  });

  it('refuses an oversized file before reading it', async () => {
    const onImport = vi.fn();
    const root = mount(<DatasetImport current={null} onImport={onImport} onRemove={vi.fn()} onExport={vi.fn()} />);
    await choose(root, 'huge.json', 'x'.repeat(1024 * 1024 + 10));
    expect(onImport).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"] li')?.textContent).toBe('The file is 1024 KB; datasets up to 1024 KB can be imported.');
  });

  it('confirms a good import and offers export and removal of the stored one', async () => {
    const onRemove = vi.fn();
    const root = mount(
      <DatasetImport
        current={{ fileName: 'mine.json', importedAt: '2026-04-01T10:00:00Z', state: 'in-use', entityCount: 2, problemCount: 0 }}
        onImport={async () => ({ ok: true, count: 2 })}
        onRemove={onRemove}
        onExport={vi.fn()}
      />,
    );
    await choose(root, 'mine.json', '{}');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Imported mine.json: 2 entities.');
    expect(root.querySelector('[data-testid="user-dataset"] p')?.textContent).toMatch(/^In use: mine.json, 2 entities, imported /);
    act(() => (root.querySelectorAll('[data-testid="user-dataset"] button')[1] as HTMLElement).click());
    expect(onRemove).toHaveBeenCalled();
  });

  it('shows a stored dataset it cannot use as kept, says why, and still offers export and removal', () => {
    const kept = (state: 'newer' | 'invalid') =>
      mount(
        <DatasetImport
          current={{ fileName: 'theirs.json', importedAt: '2027-01-01T10:00:00Z', state, entityCount: 0, problemCount: 3 }}
          onImport={vi.fn()}
          onRemove={vi.fn()}
          onExport={vi.fn()}
        />,
      );
    const newer = kept('newer');
    expect(newer.querySelector('[data-testid="user-dataset"] p')?.textContent).toMatch(
      /^Kept, not in use: theirs\.json \(imported .+\) was saved by a newer version of Newslens/,
    );
    expect(texts(newer, '[data-testid="user-dataset"] button')).toEqual(['Export', 'Remove']);
    expect(kept('invalid').querySelector('[data-testid="user-dataset"] p')?.textContent).toMatch(
      /^Kept, not in use: theirs\.json \(imported .+\) does not pass the checks of this version of Newslens \(3 problems\)/,
    );
  });
});
