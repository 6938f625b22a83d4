/**
 * What an element's own markup says about it, regardless of where it sits:
 * a widget (navigation, share and follow buttons, login, banners, text
 * hidden from sight), the page's furniture (header, footer, sidebars,
 * related links, comments), boilerplate beside the story (bylines, credits),
 * or nothing. Tag names, ARIA roles and labels, class and id words, links to
 * social sites: no layout, no computed styles. regions.ts places these
 * signals on the page.
 */
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
export function ownSignal(el: Element): 'widget' | 'furniture' | 'outside' | null {
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
