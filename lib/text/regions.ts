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
 * no computed styles: the same answer in a browser and in Node.
 */

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

/** Tags whose text is a control or navigation, never prose. */
const WIDGET_TAGS = new Set(['nav', 'button', 'select', 'option', 'menu', 'dialog']);
const WIDGET_ROLES = new Set([
  'navigation',
  'menu',
  'menubar',
  'menuitem',
  'button',
  'dialog',
  'alertdialog',
  'search',
  'tablist',
  'toolbar',
]);
/** Class and id words of widgets (whole words, or the start of a word: "sharebar", "socialLinks"). */
const WIDGET_WORDS = [
  'share',
  'sharing',
  'socia',
  'connect',
  'suivre',
  'follow',
  'subscribe',
  'subscription',
  'newsletter',
  'signup',
  'signin',
  'login',
  'logon',
  'register',
  'cookie',
  'consent',
  'gdpr',
  'paywall',
  'breadcrumb',
  'navbar',
  'navigation',
  'menu',
  'hidden',
  'offscreen',
];
const WIDGET_EXACT = new Set(['nav', 'skip', 'hide', 'invisible', 'tooltip']);
/** Class and id words naming a social network: a button when the element stands alone, not in a sentence. */
const BRAND_WORDS = ['facebook', 'twitter', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'weibo', 'instagram', 'googleplus', 'gplus'];
const BRAND_EXACT = new Set(['fb', 'tw']);
/** A class name that starts with one of these states a condition ("has-sidebar", "js-notMobile…"), not what the element is. */
const STATE_WORDS = new Set(['has', 'with', 'no', 'not', 'is', 'show', 'hide', 'without']);
/** Joined class words of text hidden from sight but kept for screen readers. */
const HIDDEN_JOINED = ['sronly', 'visuallyhidden', 'screenreader', 'a11yhidden', 'assistivetext'];
/** An aria-label or title that says what a control does ("Share on Facebook", "Follow us"). */
const WIDGET_LABEL = /\b(share|sharing|follow|tweet|subscribe|sign in|log in|login|sign up)\b/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

const FURNITURE_TAGS = new Set(['footer', 'aside', 'header']);
const FURNITURE_ROLES = new Set(['banner', 'contentinfo', 'complementary']);
const FURNITURE_WORDS = [
  'footer',
  'sidebar',
  'aside',
  'related',
  'recommend',
  'trending',
  'popular',
  'promo',
  'sponsor',
  'advert',
  'comment',
  'widget',
  'header',
  'masthead',
  'teaser',
  'outbrain',
  'taboola',
];
const FURNITURE_EXACT = new Set(['ad', 'ads', 'rail', 'more', 'disqus']);
/** Boilerplate beside the story (bylines, credits, tags, post meta): read like text away from the story. */
const ASIDE_WORDS = ['byline', 'author', 'credit', 'dateline', 'tag'];
const ASIDE_EXACT = new Set(['meta', 'by']);

/** Every word above that is five letters or more, anywhere in a class attribute (a quick test before splitting). */
const ANY_LONG_WORD = new RegExp(
  [...WIDGET_WORDS, ...BRAND_WORDS, ...FURNITURE_WORDS, ...ASIDE_WORDS, ...HIDDEN_JOINED, 'sr', 'screen', 'visually', 'hidden']
    .filter((w) => w.length >= 5)
    .join('|'),
  'i',
);
/** The short words, as whole words (after a separator; before a separator or a capital, as in "navBar"). */
const ANY_SHORT_WORD = new RegExp(
  `(?:^|[^a-zA-Z0-9])(?:${[
    ...WIDGET_WORDS,
    ...WIDGET_EXACT,
    ...BRAND_WORDS,
    ...BRAND_EXACT,
    ...FURNITURE_WORDS,
    ...FURNITURE_EXACT,
    ...ASIDE_WORDS,
    ...ASIDE_EXACT,
    'sr',
    'a11y',
  ]
    .filter((w) => w.length < 5)
    .join('|')})(?:[^a-z0-9]|$)`,
);

/** Hosts of social networks and share services: short links to them are share and follow buttons. */
const SOCIAL_HOST =
  /(^|\.)(facebook\.com|fb\.com|fb\.me|twitter\.com|x\.com|t\.co|linkedin\.com|instagram\.com|threads\.net|reddit\.com|pinterest\.com|tumblr\.com|whatsapp\.com|wa\.me|t\.me|telegram\.me|weibo\.com|vk\.com|bsky\.app|flipboard\.com|getpocket\.com|youtube\.com|tiktok\.com|mastodon\.social|line\.me|xing\.com)$/i;
/** A quick test before parsing a link's address: could it be one of the hosts above? */
const SOCIAL_HINT =
  /facebook|fb\.|twitter|x\.com|t\.co|linkedin|instagram|threads|reddit|pinterest|tumblr|whatsapp|wa\.me|t\.me|telegram|weibo|vk\.com|bsky|flipboard|getpocket|youtube|tiktok|mastodon|line\.me|xing/i;
const SHORT_LINK = 40;
/** Words beside a link to a social site that make it a follow button ("Follow us: Twitter | Facebook"). */
const FOLLOW_WORDS = /\b(follow|like us|find us|join us|connect with)\b|suivre|folgen|关注|關注/i;
/** Addresses of share dialogs: sharer.php, intent/tweet, shareArticle, submit?url=… */
const SHARE_INTENT = /share|sharer|intent|submit|pin\/create|send\?/i;
/** More text than this right beside a link (in its parent) makes it part of a sentence. */
const SENTENCE_AROUND = 30;

/**
 * The words of a class or id attribute: each class name split at
 * punctuation and camel case, rid of short namespace prefixes ("c-", "js-").
 * Names that state a condition ("has-sidebar", "js-notMobile…") say nothing.
 * (A layout class around the whole story, "panel-two-col-sidebar-right",
 * is told apart by what it holds: see PageRegions.holdsStory.)
 */
function tellingWords(value: string): string[] {
  const out: string[] = [];
  for (const name of value.split(/\s+/)) {
    if (!name) continue;
    const words = name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    while (words.length > 1 && ((words[0] as string).length <= 2 || words[0] === 'js')) words.shift();
    if (words.length === 0 || STATE_WORDS.has(words[0] as string)) continue;
    out.push(...words);
  }
  return out;
}

function hasWord(list: readonly string[], prefixes: readonly string[], exact: ReadonlySet<string>): boolean {
  for (const w of list) {
    if (exact.has(w)) return true;
    for (const p of prefixes) if (w.startsWith(p)) return true;
  }
  return false;
}

/** True when the element is not part of a sentence: little text of its own around it in its parent. */
function standsAlone(el: Element): boolean {
  return ownText(el.parentNode).replace(/\s+/g, '').length <= SENTENCE_AROUND;
}

function isSocialLink(el: Element): boolean {
  const href = el.getAttribute('href');
  if (!href) return false;
  if (href.startsWith('mailto:') && /share|subject=|body=/i.test(href)) return true;
  if (!SOCIAL_HINT.test(href)) return false;
  let url: URL;
  try {
    url = new URL(href, 'https://page.invalid/');
  } catch {
    return false;
  }
  if (!SOCIAL_HOST.test(url.hostname)) return false;
  if ((el.textContent?.length ?? 0) > SHORT_LINK) return false;
  // A share intent is a button wherever it sits.
  if (SHARE_INTENT.test(url.pathname + url.search)) return true;
  // A profile ("twitter.com/verge") alone, or among other links, is a follow button; a link to
  // a post or a video, or one inside a sentence ("said on <a>Twitter</a>"), is prose.
  const profile = url.search === '' && url.pathname.split('/').filter(Boolean).length <= 1;
  return (profile && standsAlone(el)) || FOLLOW_WORDS.test(ownText(el.parentNode));
}

/** The text of a node's own text children (not of its elements). */
function ownText(node: Node | null): string {
  let out = '';
  for (let n = node?.firstChild ?? null; n; n = n.nextSibling) if (n.nodeType === 3) out += (n as Text).data;
  return out;
}

/** What an element's own markup says about it, regardless of where it sits. */
function ownSignal(el: Element): 'widget' | 'furniture' | 'outside' | null {
  const tag = el.localName;
  if (WIDGET_TAGS.has(tag)) return 'widget';
  if (tag === 'a' && isSocialLink(el)) return 'widget';
  if (!el.hasAttributes()) return FURNITURE_TAGS.has(tag) ? 'furniture' : null;
  const role = el.getAttribute('role');
  if (role && WIDGET_ROLES.has(role)) return 'widget';
  if (el.getAttribute('aria-hidden') === 'true') return 'widget';
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return 'widget';
  const label = el.getAttribute('aria-label') ?? (tag === 'a' ? el.getAttribute('title') : null);
  if (label && WIDGET_LABEL.test(label)) return 'widget';
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  const words = cls.length > 1 ? classWords(cls) : null;
  if (words === 'widget' || (words === 'brand' && standsAlone(el))) return 'widget';
  if (FURNITURE_TAGS.has(tag) || (role && FURNITURE_ROLES.has(role))) return 'furniture';
  return words === 'furniture' || words === 'outside' ? words : null;
}

type ClassSignal = 'widget' | 'brand' | 'furniture' | 'outside' | null;
/** What a class and id string says, by string: pages repeat the same class attribute many times. */
const classMemo = new Map<string, ClassSignal>();
const CLASS_MEMO_MAX = 4096;

function classWords(cls: string): ClassSignal {
  const known = classMemo.get(cls);
  if (known !== undefined) return known;
  let signal: ClassSignal = null;
  // Most class names hold none of the words: one native test before splitting anything.
  if (ANY_LONG_WORD.test(cls) || ANY_SHORT_WORD.test(cls)) {
    const list = tellingWords(cls);
    const joined = cls.toLowerCase().replace(/[^a-z0-9]+/g, '');
    if (hasWord(list, WIDGET_WORDS, WIDGET_EXACT) || HIDDEN_JOINED.some((h) => joined.includes(h))) signal = 'widget';
    else if (hasWord(list, BRAND_WORDS, BRAND_EXACT)) signal = 'brand';
    else if (hasWord(list, FURNITURE_WORDS, FURNITURE_EXACT)) signal = 'furniture';
    else if (hasWord(list, ASIDE_WORDS, ASIDE_EXACT)) signal = 'outside';
  }
  if (classMemo.size >= CLASS_MEMO_MAX) classMemo.clear();
  classMemo.set(cls, signal);
  return signal;
}

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
  paragraphs: number;
}

export function findStory(doc: Document): PageStory {
  const roots = findArticleRoots(doc);
  const h1 = doc.getElementsByTagName('h1')[0] ?? null;
  return {
    roots,
    headline: h1 && !roots.some((r) => r.contains(h1)) ? h1 : null,
    paragraphs: doc.getElementsByTagName('p').length,
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
  private readonly paragraphs: number;

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
    return p >= 3 && p * 2 >= this.paragraphs;
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
