/**
 * The fallback marks for browsers without the Custom Highlight API: the text
 * stays the same, each mention gets its wrapper, and removing the marks
 * restores the text nodes' content. (Which browsers get them: markers.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { PageScanner } from '@/lib/detect/page-scanner';
import { Matcher } from '@/lib/match/matcher';
import { MARK_TAG, WrapMarker } from '@/utils/content/wrap-marker';
import { testEntities } from '../../support/entities';

describe('fallback marks', () => {
  it('wraps each mention, even across elements and several in one text node, without changing the text', () => {
    document.body.innerHTML = '<p>Alibaba and ByteDance met <b>Volcano</b> Engine people.</p>';
    const text = document.body.textContent;
    const scanner = new PageScanner(new Matcher(testEntities()));
    scanner.scanNow(document.body);
    const marker = new WrapMarker();
    marker.show(scanner.mentions, 'underline');
    expect(document.body.textContent).toBe(text);
    const marks = [...document.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => m.textContent)).toEqual(['Alibaba', 'ByteDance', 'Volcano', ' Engine']);
    expect(marks.every((m) => m.shadowRoot?.querySelector('slot'))).toBe(true);
    expect(marker.mentionOf(marks[1] as Element)?.entity.id).toBe('bytedance');
    marker.clear();
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(document.body.textContent).toBe(text);
  });

  it('reads the page the same with the wrappers in place', () => {
    document.body.innerHTML = '<p>Alibaba Cloud and Qwen3.5</p>';
    const scanner = new PageScanner(new Matcher(testEntities()));
    scanner.scanNow(document.body);
    new WrapMarker().show(scanner.mentions, 'tint');
    const again = new PageScanner(new Matcher(testEntities()));
    again.scanNow(document.body);
    expect(again.mentions.map((m) => m.text)).toEqual(['Alibaba Cloud', 'Qwen3.5']);
  });
});
