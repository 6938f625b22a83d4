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
    const root = mount(<DatasetImport onImport={onImport} />);
    await choose(root, 'mine.json', '{}');
    expect(onImport).toHaveBeenCalledWith('{}', 'mine.json');
    expect(root.querySelector('[role="alert"] p')?.textContent).toBe('mine.json was not added. Nothing changed. Problems:');
    expect(texts(root, '[role="alert"] li')).toEqual([
      'entity "acme", field summary: is required',
      'entity "acme", field facts[0].source.url: must be an http(s) URL',
    ]);
  });

  it('refuses an oversized file before reading it', async () => {
    const onImport = vi.fn();
    const root = mount(<DatasetImport onImport={onImport} />);
    await choose(root, 'huge.json', 'x'.repeat(2 * 1024 * 1024 + 10));
    expect(onImport).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"] li')?.textContent).toBe('The file is 2048 KB; packs up to 2048 KB can be added.');
  });

  it('confirms a good import', async () => {
    const root = mount(<DatasetImport onImport={async () => ({ ok: true, count: 2 })} />);
    await choose(root, 'mine.json', '{}');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Added mine.json: 2 entities.');
  });
});
