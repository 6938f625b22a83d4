/**
 * The highlight marker on a page that keeps changing: its marks drawn in the
 * overlay follow the page, and a change that cannot have moved them costs no
 * look at the layout. Text changed in a block holding drawn marks is looked at
 * in the next frame; any other change only once its block took a new size
 * (told by a ResizeObserver, here driven by the test), and then the drawn
 * boxes move with the page in one step. happy-dom lays nothing out, so boxes
 * come from a stub: each mark sits at its paragraph's `top`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageScanner } from '@/lib/detect/page-scanner';
import { Matcher } from '@/lib/match/matcher';
import { HighlightMarker } from '@/utils/content/highlight-marker';
import type { ObserverFactory } from '@/utils/content/resize-watch';
import { testEntities } from '../../support/entities';
import { stubHighlightApi, unstubHighlightApi } from '../../support/highlights';

const tops = new Map<Element, number>();
function boxOf(range: Range): DOMRect {
  const top = tops.get(range.startContainer.parentElement as Element) ?? 0;
  return { left: 10, top, right: 60, bottom: top + 16, width: 50, height: 16, x: 10, y: top } as DOMRect;
}

let frames: FrameRequestCallback[];
let roots: ShadowRoot[];
let resize: ResizeObserverCallback;
const observed = new Set<Element>();
const observer: ObserverFactory = (cb) => {
  resize = cb;
  return { observe: (el) => void observed.add(el), unobserve: (el) => void observed.delete(el), disconnect: () => observed.clear() };
};
const layout = (el: Element, height: number) =>
  resize([{ target: el, borderBoxSize: [{ inlineSize: 700, blockSize: height }] } as unknown as ResizeObserverEntry], {} as ResizeObserver);
const runFrame = () => {
  const due = frames;
  frames = [];
  for (const cb of due) cb(0);
};

beforeEach(() => {
  stubHighlightApi();
  frames = [];
  roots = [];
  observed.clear();
  tops.clear();
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    return [boxOf(this)] as unknown as DOMRectList;
  });
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
    return boxOf(this);
  });
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  unstubHighlightApi();
  document.documentElement.querySelector('newslens-overlay')?.remove();
});

function busyPage() {
  document.body.innerHTML = '<p id="ticker">LIVE: markets open</p><p id="story">Alibaba and ByteDance.</p>';
  const ticker = document.getElementById('ticker') as HTMLElement;
  const story = document.getElementById('story') as HTMLElement;
  tops.set(story, 100);
  const scanner = new PageScanner(new Matcher(testEntities()));
  scanner.scanNow(document.body);
  const mentions = scanner.mentions;
  const marker = new HighlightMarker({ window, signal: new AbortController().signal, ordered: () => mentions, resizeObserver: observer });
  marker.show(mentions, 'underline');
  marker.setBusy(true);
  runFrame();
  const rects = () => [...(roots[0]?.querySelectorAll('rect') ?? [])].map((r) => Number(r.getAttribute('y')));
  const shift = () => (roots[0] as ShadowRoot).querySelector('svg')?.style.transform;
  return { ticker, story, marker, mentions, rects, shift };
}

describe('highlight marker on a busy page', () => {
  it('draws the marks near the viewport in the overlay', () => {
    const page = busyPage();
    expect(page.mentions.map((m) => m.text)).toEqual(['Alibaba', 'ByteDance']);
    expect(page.marker.paintedCount).toBe(2);
    // Underlines: the bottom 2 pixels of each 16-pixel line box at top 100.
    expect(page.rects()).toEqual([114, 114]);
  });

  it('looks at nothing after a change in a block without marks that keeps its size', () => {
    const page = busyPage();
    page.marker.pageChanged([{ block: page.ticker, inline: true }]);
    expect(frames).toHaveLength(0);
    expect([...observed]).toEqual([page.ticker]);
    layout(page.ticker, 24); // first seen: looked at, nothing moved
    layout(page.ticker, 24);
    page.marker.pageChanged([{ block: page.ticker, inline: true }]);
    layout(page.ticker, 24);
    expect(frames).toHaveLength(0);
    expect(page.shift()).toBe('');
  });

  it('moves the drawn boxes in one step once that block took a new size', () => {
    const page = busyPage();
    page.marker.pageChanged([{ block: page.ticker, inline: true }]);
    layout(page.ticker, 24);
    tops.set(page.story, 124); // the ticker wrapped to a second line and pushed the story down
    layout(page.ticker, 48);
    expect(page.shift()).toBe('translate(0px, 24px)');
    expect(page.rects()).toEqual([114, 114]);
  });

  it('follows a post added above the story (a live blog) once its container grew, not in the next frame', () => {
    const page = busyPage();
    const main = document.createElement('main');
    page.story.before(main);
    main.append(page.story);
    page.marker.pageChanged([{ block: main, inline: false }]);
    expect(frames).toHaveLength(0);
    layout(main, 40);
    tops.set(page.story, 160);
    layout(main, 100);
    expect(page.shift()).toBe('translate(0px, 60px)');
  });

  it('looks in the next frame after text changed in a block holding drawn marks, or outside any block', () => {
    const page = busyPage();
    page.marker.pageChanged([{ block: page.story, inline: true }]);
    expect(frames).toHaveLength(1);
    tops.set(page.story, 110);
    runFrame();
    expect(page.shift()).toBe('translate(0px, 10px)');
    page.marker.pageChanged([{ block: null, inline: false }]);
    expect(frames).toHaveLength(1);
  });
});
