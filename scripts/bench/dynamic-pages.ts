/**
 * Pages that keep changing, for the dynamic part of the benchmark. Each is a
 * self-contained HTML page whose own script, once `window.__start(seconds)`
 * is called, changes it the way such pages do, with names in every change:
 *
 * - live-blog: a new post at the top every 200 ms (newest first, as live blogs are);
 * - ticker: one headline line rewritten 20 times a second above a fixed story;
 * - feed: 50 items appended at a time, once a second, scrolled to the end (infinite scroll).
 *
 * `window.__changes` counts the changes made so far.
 */

export interface Scenario {
  name: string;
  /** What one change is, for the report. */
  change: string;
  html: string;
}

/** Deterministic sentences with the names of real entities, different enough that no two changes are the same text. */
function sentenceSource(names: readonly string[]): string {
  return `
const NAMES = ${JSON.stringify(names)};
const VERBS = ['announced', 'denied', 'confirmed', 'is weighing', 'shipped', 'delayed', 'priced', 'open-sourced'];
const THINGS = ['a new model', 'a partnership', 'its quarterly results', 'a price cut', 'a hiring freeze', 'a research paper', 'an assistant update'];
let seed = 7;
const rand = (n) => { seed = (seed * 1103515245 + 12345) >>> 0; return seed % n; };
const pick = (list) => list[rand(list.length)];
function sentence(i) {
  return pick(NAMES) + ' ' + pick(VERBS) + ' ' + pick(THINGS) + ' on day ' + i + ', while ' + pick(NAMES) +
    ' said talks with ' + pick(NAMES) + ' continue; analysts expect more news this week.';
}
window.__changes = 0;
`;
}

const PAGE = (title: string, body: string, script: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem} .item{border-bottom:1px solid #ddd;padding:.4rem 0} #ticker{background:#111;color:#fff;padding:.3rem .6rem}</style>
</head><body>${body}<script>${script}</script></body></html>`;

export function dynamicScenarios(names: readonly string[]): Scenario[] {
  const common = sentenceSource(names);
  return [
    {
      name: 'live-blog',
      change: 'a post prepended every 200 ms',
      html: PAGE(
        'Live: AI industry news',
        '<h1>Live: the AI industry today</h1><main id="posts"></main>',
        `${common}
const posts = document.getElementById('posts');
function post(i) {
  const article = document.createElement('article');
  article.className = 'item';
  const h = document.createElement('h3'); h.textContent = '12:' + String(i % 60).padStart(2, '0') + ' update ' + i;
  const p = document.createElement('p'); p.textContent = sentence(i);
  article.append(h, p);
  posts.prepend(article);
}
for (let i = 0; i < 20; i++) post(i);
window.__start = (seconds) => { let i = 20; const end = performance.now() + seconds * 1000;
  const id = setInterval(() => { if (performance.now() > end) return clearInterval(id); post(i++); window.__changes++; }, 200); };`,
      ),
    },
    {
      name: 'ticker',
      change: 'a headline rewritten every 50 ms',
      html: PAGE(
        'Markets and AI',
        '<p id="ticker">Loading…</p><h1>The week in AI</h1><main id="story"></main>',
        `${common}
const story = document.getElementById('story');
for (let i = 0; i < 30; i++) { const p = document.createElement('p'); p.textContent = sentence(i) + ' ' + sentence(i + 100); story.append(p); }
const ticker = document.getElementById('ticker');
window.__start = (seconds) => { let i = 0; const end = performance.now() + seconds * 1000;
  const id = setInterval(() => { if (performance.now() > end) return clearInterval(id); ticker.textContent = 'LIVE ' + sentence(1000 + i++); window.__changes++; }, 50); };`,
      ),
    },
    {
      name: 'feed',
      change: '50 items appended every second, then scrolled to',
      html: PAGE(
        'Your feed',
        '<h1>Your feed</h1><section id="feed"></section>',
        `${common}
const feed = document.getElementById('feed');
let n = 0;
function batch() {
  const frag = document.createDocumentFragment();
  for (let k = 0; k < 50; k++) {
    const div = document.createElement('div'); div.className = 'item';
    const a = document.createElement('a'); a.href = '#'; a.textContent = 'Story ' + n;
    const p = document.createElement('p'); p.textContent = sentence(n++);
    div.append(a, p); frag.append(div);
  }
  feed.append(frag);
}
batch();
window.__start = (seconds) => { const end = performance.now() + seconds * 1000;
  const id = setInterval(() => { if (performance.now() > end) return clearInterval(id); batch(); window.scrollTo(0, document.documentElement.scrollHeight); window.__changes++; }, 1000); };`,
      ),
    },
  ];
}

/**
 * The mark.js contender on a changing page: after each batch of changes it
 * re-marks what changed (the added elements, the element whose text changed),
 * as a page would have to without Newslens's incremental rescans.
 */
export function markjsOnChanges(pattern: string): string {
  return `(() => {
  const re = new RegExp(${JSON.stringify(pattern)}, 'gu');
  new Mark(document.body).markRegExp(re);
  const observer = new MutationObserver((records) => {
    const targets = new Set();
    for (const r of records) {
      if (r.type === 'characterData') { if (r.target.parentElement) targets.add(r.target.parentElement); continue; }
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && n.localName !== 'mark') targets.add(n);
        else if (n.nodeType === 3 && r.target.nodeType === 1 && r.target.localName !== 'mark') targets.add(r.target);
      }
    }
    for (const t of targets) { if (!t.isConnected) continue; const m = new Mark(t); m.unmark(); m.markRegExp(re); }
    observer.takeRecords();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
})();`;
}
