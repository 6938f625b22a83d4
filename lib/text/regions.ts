/**
 * Where on the page a piece of text sits, as a reader sees it: in the story
 * (its article body and headline), in the page's furniture (header, footer,
 * sidebars, related links, bylines, comments), in a widget (navigation,
 * share and follow buttons, login, cookie and subscription banners, text
 * hidden from sight), or elsewhere on a page that has an article.
 *
 * Cheap structural signals only: tag names, ARIA roles and labels, class and
 * id words, links to social sites. The article root is found once per page
 * by native queries; each element's region is computed once, from its
 * parent's, and only for elements that hold text worth reading. No layout,
 * no computed styles: the same answer in a browser and in Node. What one
 * element's markup says is element-signals.ts.
 */
import { ownSignal } from './element-signals';

/**
 * article: read normally. outside (a page with an article, away from it):
 * only names that need no support, and only when the story names the same
 * entity. furniture and widget: not read.
 */
export type Region = 'article' | 'outside' | 'furniture' | 'widget';

/** True for the regions whose text is never read. */
export function skipsRegion(region: Region): boolean {
  return region === 'widget' || region === 'furniture';
}

/** Sibling <article>s after the headline that make a feed of posts (a live blog) rather than teasers beside one story. */
const FEED_POSTS = 3;
/** Node.DOCUMENT_POSITION_FOLLOWING and _CONTAINS (compareDocumentPosition), as numbers: no DOM global needed. */
const FOLLOWING = 4;
const CONTAINS = 8;

/** Inside a widget or furniture container (used to pass over teaser <article>s in sidebars). */
const NOT_STORY = 'nav,aside,footer,[role="navigation"],[role="complementary"],[role="contentinfo"]';

/**
 * The elements that hold the story: every outermost [itemprop=articleBody];
 * else the <article> with the headline or the most paragraphs; else <main>;
 * else the element with the most paragraphs of its own (at least three).
 */
export function findArticleRoots(doc: Document): Element[] {
  const bodies = [...doc.querySelectorAll('[itemprop~="articleBody"]')].filter((el) => !el.closest(NOT_STORY));
  if (bodies.length > 0) return bodies.filter((el) => !bodies.some((o) => o !== el && o.contains(el)));
  const articles = [...doc.getElementsByTagName('article')].filter((el) => !el.parentElement?.closest(NOT_STORY));
  if (articles.length > 0) {
    const headline = doc.getElementsByTagName('h1')[0];
    const withHeadline = headline ? articles.filter((a) => a.contains(headline)) : [];
    const pool = withHeadline.length > 0 ? withHeadline : articles;
    const counted = new Map<Element, number>();
    const paragraphs = (a: Element) => {
      let n = counted.get(a);
      if (n === undefined) {
        n = a.getElementsByTagName('p').length;
        counted.set(a, n);
      }
      return n;
    };
    // The innermost article with the headline, or the one with the most paragraphs.
    const best = pool.reduce((a, b) => (paragraphs(b) > paragraphs(a) || (b !== a && a.contains(b) && paragraphs(b) > 0) ? b : a));
    // A live blog or a feed of posts: the headline above a run of sibling <article>s, each a post of one
    // story. All of them are the story, not the first one with most paragraphs.
    if (withHeadline.length === 0 && headline && best.parentElement) {
      const posts = articles.filter((a) => a.parentElement === best.parentElement && paragraphs(a) > 0);
      // The posts' parent comes after the headline or holds it.
      const after = headline.compareDocumentPosition(best.parentElement) & (FOLLOWING | CONTAINS);
      if (posts.length >= FEED_POSTS && after) return posts;
    }
    if (paragraphs(best) > 0) return [best];
  }
  const main = doc.querySelector('main,[role="main"]');
  if (main) return [main];
  // Each paragraph counts for its parent and half for the grandparent (a story split into parts).
  const counts = new Map<Element, number>();
  let best: Element | null = null;
  let most = 2.5;
  const add = (el: Element | null, weight: number) => {
    if (!el) return;
    const n = (counts.get(el) ?? 0) + weight;
    counts.set(el, n);
    if (n > most) {
      most = n;
      best = el;
    }
  };
  for (const p of doc.getElementsByTagName('p')) {
    add(p.parentElement, 1);
    add(p.parentElement?.parentElement ?? null, 0.5);
  }
  // The parts of a story split into sections share a parent that has paragraphs of its own.
  let found = best as Element | null;
  while (found?.parentElement && found.parentElement.localName !== 'body' && hasOwnParagraph(found.parentElement))
    found = found.parentElement;
  return found && found.localName !== 'body' ? [found] : [];
}

function hasOwnParagraph(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName === 'p') return true;
  return false;
}

/** What a page's regions are worked out from: found once, reused by rescans while it stands. */
export interface PageStory {
  roots: Element[];
  headline: Element | null;
  /** How many paragraphs the page has (counted when first asked: most pages never need it). */
  paragraphs: () => number;
}

export function findStory(doc: Document): PageStory {
  const roots = findArticleRoots(doc);
  let count: number | undefined;
  const h1 = doc.getElementsByTagName('h1')[0] ?? null;
  return {
    roots,
    headline: h1 && !roots.some((r) => r.contains(h1)) ? h1 : null,
    paragraphs: () => {
      count ??= doc.getElementsByTagName('p').length;
      return count;
    },
  };
}

/** True while the story found earlier is still in the page. */
export function storyStands(story: PageStory): boolean {
  return story.roots.every((r) => r.isConnected) && (story.headline === null || story.headline.isConnected);
}

export class PageRegions {
  private readonly roots: ReadonlySet<Element>;
  private readonly headline: Element | null;
  private readonly memo = new Map<Node, Region>();
  private readonly top: Region;
  private readonly paragraphs: () => number;

  constructor(doc: Document, story: PageStory = findStory(doc)) {
    this.paragraphs = story.paragraphs;
    const roots = story.roots;
    this.roots = new Set(roots);
    this.headline = story.headline;
    // Without an article root the whole page is the story, less its furniture.
    this.top = roots.length > 0 ? 'outside' : 'article';
  }

  /** True when the page has an article root (so text outside it is not the story). */
  get hasArticle(): boolean {
    return this.top === 'outside';
  }

  /** The region of an element (or the element holding a text node). */
  of(node: Node): Region {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return this.top;
    const known = this.memo.get(el);
    if (known) return known;
    // Walk up to the nearest element whose region is known, then settle the path top-down.
    const path: Element[] = [];
    let at: Element | null = el;
    let above: Region = this.top;
    while (at) {
      const seen = this.memo.get(at);
      if (seen) {
        above = seen;
        break;
      }
      path.push(at);
      at = at.parentElement;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const e = path[i] as Element;
      above = this.step(e, above);
      this.memo.set(e, above);
    }
    return above;
  }

  /** The story's root or headline is inside, or (no root) most of the page's paragraphs are: a wrapper, not a widget. */
  private holdsStory(el: Element): boolean {
    if (this.headline && el.contains(this.headline)) return true;
    for (const r of this.roots) if (el.contains(r)) return true;
    const p = el.getElementsByTagName('p').length;
    return p >= 3 && p * 2 >= this.paragraphs();
  }

  private step(el: Element, above: Region): Region {
    if (this.roots.has(el) || el === this.headline) return 'article';
    if (above === 'widget') return 'widget';
    const tag = el.localName;
    if (tag === 'html' || tag === 'body') return above;
    const own = ownSignal(el);
    // A wrapper around the story ("page has-sidebar", aria-hidden behind a dialog) says nothing about the story.
    if (own !== null && this.holdsStory(el)) return above;
    if (own === 'widget') return 'widget';
    if (own === 'furniture') {
      // The story's own header (its headline and standfirst) is part of the story.
      if (tag === 'header' && (above === 'article' || (this.headline !== null && el.contains(this.headline)))) return above;
      return 'furniture';
    }
    if (own === 'outside' && above === 'article') return 'outside';
    return above;
  }
}
