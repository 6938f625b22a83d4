/**
 * What the page watcher reports: the smallest part of the page to read again
 * after a change, nothing for Newslens's own UI, and nothing at all while it
 * is not watching (a site switched off).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BlockChange, changedBlock, type DomChanges, watchDom } from '@/utils/content/dom-watcher';

function watch() {
  document.body.innerHTML = '<main><p id="a">Alibaba said so.</p><p id="b">Qwen too.</p></main>';
  const controller = new AbortController();
  const reports: DomChanges[] = [];
  const mutations: Node[][] = [];
  const blocks: Array<readonly BlockChange[]> = [];
  const watcher = watchDom(document, controller.signal, {
    onChanges: (c) => reports.push(c),
    idle: (fn) => setTimeout(fn, 0),
    onMutation: (touched, changed) => {
      mutations.push(touched);
      blocks.push(changed);
    },
  });
  return { watcher, reports, mutations, blocks, stop: () => controller.abort() };
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;

describe('watchDom', () => {
  let stop: () => void = () => undefined;
  afterEach(() => stop());

  it('reports an added paragraph on its own, and the paragraph around changed text', async () => {
    const w = watch();
    stop = w.stop;
    const p = document.createElement('p');
    p.textContent = 'DeepSeek shipped a model.';
    byId('b').after(p);
    await vi.waitFor(() => expect(w.reports).toHaveLength(1));
    expect(w.reports[0]?.roots).toEqual([p]);
    (byId('a').firstChild as Text).data = 'Tencent said so.';
    await vi.waitFor(() => expect(w.reports).toHaveLength(2));
    expect(w.reports[1]?.roots).toEqual([byId('a')]);
  });

  it('ignores changes to its own elements and to what it is told to ignore', async () => {
    const w = watch();
    stop = w.stop;
    w.watcher.ignore(() => byId('a').append(' (ignored)'));
    document.body.append(document.createElement('newslens-overlay'));
    // A change it does see, after both: only it is reported.
    byId('b').append(' Later.');
    await vi.waitFor(() => expect(w.reports).toHaveLength(1));
    expect(w.reports[0]?.roots).toEqual([byId('b')]);
  });

  it('reports nothing while not watching, and changes made after it watches again', async () => {
    const w = watch();
    stop = w.stop;
    w.watcher.setWatching(false);
    byId('a').append(' Moonshot AI too.');
    byId('b').remove();
    const p = document.createElement('p');
    p.textContent = 'Nvidia as well.';
    document.querySelector('main')?.append(p);
    w.watcher.setWatching(true);
    (byId('a').firstChild as Text).data = 'ByteDance said so.';
    await vi.waitFor(() => expect(w.reports).toHaveLength(1));
    expect(w.reports[0]).toEqual({ roots: [byId('a')], removed: [] });
    // The changes made while it was not watching never reached the page's followers either.
    expect(w.mutations).toHaveLength(1);
  });

  it('tells its followers right away which blocks changed, and whether text changed in them', async () => {
    const w = watch();
    stop = w.stop;
    byId('a').append(' Qwen.');
    (byId('b').firstChild as Text).data = 'Kimi too.';
    const main = document.querySelector('main') as Element;
    const post = document.createElement('p');
    post.textContent = 'Nvidia too.';
    main.prepend(post);
    await vi.waitFor(() => expect(w.blocks).toHaveLength(1));
    expect(w.blocks[0]).toEqual([
      { block: byId('a'), inline: true },
      { block: byId('b'), inline: true },
      { block: main, inline: false },
    ]);
  });

  it('finds the block a change can resize: through inline elements and shadow roots, none for <body> itself', () => {
    document.body.innerHTML = '<div id="card"><span><b>Alibaba</b></span></div><x-embed></x-embed>Loose text';
    const bold = document.querySelector('b') as Element;
    const loose = document.body.lastChild as Node;
    expect(changedBlock(bold.firstChild as Node)).toBe(byId('card'));
    const host = document.querySelector('x-embed') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>DeepSeek</span>';
    const wrapper = document.createElement('section');
    wrapper.append(host);
    document.body.append(wrapper);
    expect(changedBlock(host.shadowRoot?.querySelector('span') as Element)).toBe(wrapper);
    expect(changedBlock(loose)).toBeNull();
  });

  it('stops for good when its signal aborts', async () => {
    const w = watch();
    w.stop();
    w.watcher.setWatching(true);
    byId('a').append(' More.');
    // A change it would report, in a watcher started after: proof that the first had time to see it.
    const other = watch();
    stop = other.stop;
    byId('b').append(' Seen.');
    await vi.waitFor(() => expect(other.reports).toHaveLength(1));
    expect(w.reports).toHaveLength(0);
  });
});
