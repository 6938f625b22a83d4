import { describe, expect, it } from 'vitest';
import { findArticleRoots, PageRegions } from '@/lib/text/regions';
import { body } from '../../support/dom';

/** The region of the element with id `id`, in a fresh reading of the page. */
const regionOf = (id: string) => new PageRegions(document).of(document.getElementById(id) as Element);

const STORY = '<p>One.</p><p>Two.</p><p>Three.</p>';

describe('page regions', () => {
  it('finds the story: articleBody first, then the article with the headline, then main, then the densest container', () => {
    body(`<article id="teaser"><p>t</p></article><div itemprop="articleBody" id="b">${STORY}</div>`);
    expect(findArticleRoots(document).map((e) => e.id)).toEqual(['b']);
    body(`<aside><article id="teaser">${STORY}${STORY}</article></aside><article id="a"><h1>Title</h1>${STORY}</article>`);
    expect(findArticleRoots(document).map((e) => e.id)).toEqual(['a']);
    body(`<div id="side"><p>x</p></div><main id="m">${STORY}</main>`);
    expect(findArticleRoots(document).map((e) => e.id)).toEqual(['m']);
    body(`<div id="side"><p>x</p></div><div id="d"><p>1</p><div class="more-parts">${STORY}${STORY}</div></div>`);
    expect(findArticleRoots(document).map((e) => e.id)).toEqual(['d']);
  });

  it('reads every post of a live blog or feed as the story: sibling articles after the headline or beside it', () => {
    const posts = (n: number) =>
      Array.from({ length: n }, (_, i) => `<article id="p${i}"><h3>12:0${i}</h3><p>Post ${i}.</p></article>`).join('');
    body(`<h1>Live: the AI industry today</h1><main id="m">${posts(5)}</main>`);
    expect(findArticleRoots(document).map((e) => e.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(regionOf('p3')).toBe('article');
    body(`<main id="m"><h1>Live</h1>${posts(4)}</main>`);
    expect(findArticleRoots(document).map((e) => e.id)).toEqual(['p0', 'p1', 'p2', 'p3']);
    // Two posts are not a feed; an article that holds the headline is the story, whatever sits beside it.
    body(`<h1>Title</h1><main>${posts(2)}</main>`);
    expect(findArticleRoots(document)).toHaveLength(1);
    body(`<article id="a"><h1>Title</h1>${STORY}</article>${posts(4)}`);
    expect(findArticleRoots(document).map((e) => e.id)).toEqual(['a']);
  });

  it('reads the story and its headline, even when the headline sits outside the article element', () => {
    body(`<header><h1 id="h">Headline</h1></header><article>${STORY}<p id="p">Body</p></article><div><p id="o">Elsewhere</p></div>`);
    expect([regionOf('h'), regionOf('p'), regionOf('o')]).toEqual(['article', 'article', 'outside']);
  });

  it('never reads navigation, menus, buttons, share and follow widgets, cookie banners or hidden text', () => {
    body(`<nav><a id="nav" href="/">Home</a></nav>
      <div role="navigation"><span id="role">Tech</span></div>
      <article>${STORY}
        <ul class="share-tools"><li><a id="share" href="/s">Facebook</a></li></ul>
        <div class="c-socialLinks"><a id="social" href="/x">Twitter</a></div>
        <a id="intent" href="https://twitter.com/intent/tweet?url=x">Twitter</a>
        <a id="label" href="/f" aria-label="Share on Facebook">f</a>
        <button id="button">Sign in with Google</button>
        <span class="sr-only" id="sr">Facebook</span>
        <div style="display: none"><span id="hidden">Google</span></div>
        <div id="cookie-banner"><p id="cookie">We use cookies from Google.</p></div>
        <p class="newsletter-signup" id="signup">Subscribe</p>
      </article>`);
    for (const id of ['nav', 'role', 'share', 'social', 'intent', 'label', 'button', 'sr', 'hidden', 'cookie', 'signup'])
      expect(regionOf(id), id).toBe('widget');
  });

  it('tells a follow link from a link to a post or a video', () => {
    body(`<article>${STORY}<p>Follow Backchannel: <a id="follow" href="https://www.facebook.com/pages/Backchannel/148">Facebook</a></p>
      <p>Rent it on <a href="/v">Vudu</a>, <a id="video" href="https://www.youtube.com/watch?v=48o">YouTube</a>, and iTunes.</p>
      <ul><li><a id="profile" href="https://twitter.com/verge">Twitter</a></li></ul></article>`);
    expect([regionOf('follow'), regionOf('video'), regionOf('profile')]).toEqual(['widget', 'article', 'widget']);
  });

  it('keeps a link to a social site that is part of a sentence', () => {
    body(`<article>${STORY}<p>He said on <a id="prose" href="https://twitter.com/someone/status/1">Twitter</a> that the deal was done.</p>
      <p>She posted to <a id="brand" class="ramplink_Facebook_" href="/topics/facebook">Facebook</a> and the photo spread widely.</p></article>`);
    expect([regionOf('prose'), regionOf('brand')]).toEqual(['article', 'article']);
  });

  it('sets the page furniture apart: footer, sidebars, comments, related links, the site header', () => {
    body(`<header id="site"><span id="logo">Site</span></header><article><h1>T</h1>${STORY}
      <aside><p id="aside">Pull quote</p></aside><div class="related-stories"><a id="related" href="/r">Other story</a></div>
      <div id="comments"><p id="comment">First!</p></div></article>
      <div class="sidebar-right"><p id="side">Popular</p></div><footer><p id="foot">© Google</p></footer>`);
    for (const id of ['logo', 'aside', 'related', 'comment', 'side', 'foot']) expect(regionOf(id), id).toBe('furniture');
  });

  it('reads bylines and credits as text beside the story, not as the story', () => {
    body(`<article><h1>T</h1><div class="byline" id="by">By A. Writer, drawing on LatePost</div>${STORY}</article>`);
    expect(regionOf('by')).toBe('outside');
  });

  it('does not mistake a layout wrapper around the story for furniture', () => {
    body(`<div class="panel-two-col-sidebar-right-mix"><div class="js-notMobileReferredByFbTw">${STORY}<p id="p">Story</p></div></div>`);
    expect(regionOf('p')).toBe('article');
    body(`<div aria-hidden="true"><main>${STORY}<p id="p">Story</p></main></div>`);
    expect(regionOf('p')).toBe('article');
  });

  it('treats a page without any article structure as all story, less its furniture', () => {
    body('<p id="a">Only a paragraph.</p><footer><p id="f">Footer</p></footer>');
    expect([regionOf('a'), regionOf('f')]).toEqual(['article', 'furniture']);
  });
});
