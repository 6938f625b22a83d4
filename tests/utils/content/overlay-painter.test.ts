/**
 * The overlay a busy page's marks are drawn in: one box per line of a mark
 * (an SVG rectangle: its bottom edge for an underline, all of it for a tint),
 * in a layer of Newslens's own out of the page's reach, rewritten only where
 * a mark moved, and moved as a whole in one write when the page shifts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '@/lib/detect/page-scanner';
import { OVERLAY_TAG, OverlayPainter } from '@/utils/content/overlay-painter';

const mention = (category: string) => ({ entity: { category } }) as unknown as Mention;
const rect = (left: number, top: number, width = 50, height = 16) => ({ left, top, width, height }) as DOMRectReadOnly;

describe('overlay painter', () => {
  let roots: ShadowRoot[];
  beforeEach(() => {
    for (const e of document.documentElement.querySelectorAll(OVERLAY_TAG)) e.remove();
    roots = [];
    const attach = Element.prototype.attachShadow;
    // The layer's shadow root is closed: kept here to look inside.
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  const boxes = () =>
    [...(roots[0]?.querySelectorAll('svg > g') ?? [])].map((g) => ({
      category: g.getAttribute('class'),
      lines: [...g.children].map((r) => ['x', 'y', 'width', 'height'].map((a) => r.getAttribute(a)).join(',')),
    }));

  it('draws each line of a mark as a box in a hidden layer last in <html>, skipping empty line boxes', () => {
    const painter = new OverlayPainter(document);
    painter.put(new Map([[mention('person'), [rect(10, 20), rect(0, 40, 0, 0), rect(0, 36, 30)]]]));
    const host = document.documentElement.lastElementChild as Element;
    expect(host.localName).toBe(OVERLAY_TAG);
    expect(host.getAttribute('aria-hidden')).toBe('true');
    expect(boxes()).toEqual([
      // Underlines (the default style): each line box's bottom 2 pixels.
      { category: 'c-person', lines: ['10,34,50,2', '0,50,30,2'] },
    ]);
    expect(painter.size).toBe(1);
  });

  it('rewrites a mark only when it moved, and keeps exactly the marks asked for', () => {
    const painter = new OverlayPainter(document);
    const a = mention('company');
    const b = mention('lab');
    painter.put(
      new Map([
        [a, [rect(10, 20)]],
        [b, [rect(10, 60)]],
      ]),
    );
    const first = roots[0]?.querySelector('svg > g.c-company rect');
    painter.put(new Map([[a, [rect(10, 20)]]]));
    expect(roots[0]?.querySelector('svg > g.c-company rect')).toBe(first);
    painter.put(new Map([[a, [rect(12, 20)]]]));
    expect(boxes()[0]?.lines).toEqual(['12,34,50,2']);
    painter.keep(new Map([[b, [rect(10, 60)]]]));
    expect(boxes().map((x) => x.category)).toEqual(['c-lab']);
    expect(painter.has(a)).toBe(false);
  });

  it('drops a screenful of marks scrolled away in one go, leaving the rest in place', () => {
    const painter = new OverlayPainter(document);
    const marks = Array.from({ length: 40 }, () => mention('media'));
    painter.put(new Map(marks.map((m, i) => [m, [rect(0, i * 20)]])));
    const kept = marks.slice(30);
    painter.keep(new Map(kept.map((m) => [m, [rect(0, marks.indexOf(m) * 20)]])));
    expect(painter.size).toBe(10);
    expect(boxes().map((x) => x.lines[0])).toEqual(kept.map((m) => `0,${marks.indexOf(m) * 20 + 14},50,2`));
  });

  it('draws a tint as the whole line box, and redraws what is shown when the style changes', () => {
    const painter = new OverlayPainter(document);
    const a = mention('lab');
    painter.put(new Map([[a, [rect(10, 20)]]]));
    painter.setStyle('tint');
    painter.put(new Map([[a, [rect(10, 20)]]]));
    expect(boxes()).toEqual([{ category: 'c-lab', lines: ['10,20,50,16'] }]);
  });

  it('moves every box with one transform when the page shifts, and leaves nothing behind when cleared', () => {
    const painter = new OverlayPainter(document);
    painter.put(new Map([[mention('product'), [rect(5, 5)]]]));
    painter.shift(0, 30);
    painter.shift(2, -10);
    const layer = roots[0]?.querySelector('svg') as SVGSVGElement;
    expect(layer.style.transform).toBe('translate(2px, 20px)');
    painter.clear();
    expect(document.documentElement.querySelector(OVERLAY_TAG)).toBeNull();
    expect(painter.size).toBe(0);
  });
});
