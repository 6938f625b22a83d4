/**
 * Precision and recall of the detector on a labelled set of short English and
 * Chinese snippets (tests/fixtures/detection/*.json). The labels say
 * what a careful reader would mark, not what the engine happens to output:
 * when this test fails, fix the engine or the data, not the labels.
 *
 * Each snippet is scanned in a fresh document body with the bundled dataset;
 * found (entity, text) pairs are compared with the expected ones as a multiset
 * per snippet, and the counts are micro-averaged over the whole set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledDataset } from '@/lib/dataset/bundled';
import { PageScanner } from '@/lib/detect/page-scanner';
import { Matcher } from '@/lib/match/matcher';
import { normalizeText } from '@/lib/text/normalize';

interface Expected {
  entity: string;
  text: string;
}

interface Snippet {
  id: string;
  lang: 'en' | 'zh';
  /** person, company, product, lab, media, markup, context, boundary, trap or mixed. */
  kind: string;
  /** A case that shows a rule the engine is specified to follow (DATA-GUIDE, text model): it must come out exactly right. */
  key?: boolean;
  html: string;
  expect: Expected[];
  note?: string;
}

interface Outcome {
  snippet: Snippet;
  found: Expected[];
  hits: Expected[];
  misses: Expected[];
  falseAlarms: Expected[];
}

interface Score {
  expected: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
}

// Every JSON file in the folder is part of the set (one per area, so contributors do not collide).
const FIXTURES = join(import.meta.dirname, '../../fixtures/detection');
const snippets = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Snippet[]);

// The bars sit just under what the engine reaches (overall precision and recall 99.8% on 625
// snippets when they were last checked), so a regression fails; a group may also fall one case short of its
// bar, so one new hard case in a small group is a finding to fix, not a broken build.
const MIN_PRECISION = 0.97;
const MIN_RECALL = 0.97;

const pair = (e: Expected) => `${e.entity}:${e.text}`;

/** Snippets with more than one block or with text that is not prose (lists, tables, headings, scripts, fields). */
const STRUCTURED =
  /<(li|td|th|tr|h[1-6]|script|style|textarea|input|select|noscript|template|pre|code|button|nav|aside|figcaption)\b|<\/p>\s*<p|<br/i;

/** Compares found with expected as multisets of (entity, text). */
function compare(snippet: Snippet, found: Expected[]): Outcome {
  const unmatched = found.slice();
  const hits: Expected[] = [];
  const misses: Expected[] = [];
  for (const e of snippet.expect) {
    const i = unmatched.findIndex((f) => f.entity === e.entity && f.text === e.text);
    if (i >= 0) {
      hits.push(e);
      unmatched.splice(i, 1);
    } else misses.push(e);
  }
  return { snippet, found, hits, misses, falseAlarms: unmatched };
}

function score(outcomes: readonly Outcome[]): Score {
  let expected = 0;
  let found = 0;
  let correct = 0;
  for (const o of outcomes) {
    expected += o.snippet.expect.length;
    found += o.found.length;
    correct += o.hits.length;
  }
  // An empty side is perfect on that side (no claims, nothing to find).
  return { expected, found, correct, precision: found === 0 ? 1 : correct / found, recall: expected === 0 ? 1 : correct / expected };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (label: string, s: Score) =>
  `${label.padEnd(10)} expected ${String(s.expected).padStart(3)}  found ${String(s.found).padStart(3)}  correct ${String(s.correct).padStart(3)}  precision ${pct(s.precision).padStart(6)}  recall ${pct(s.recall).padStart(6)}`;

function report(outcomes: readonly Outcome[]): string {
  const out: string[] = [`Detection precision/recall on ${outcomes.length} labelled snippets`, line('overall', score(outcomes))];
  for (const lang of ['en', 'zh']) out.push(line(lang, score(outcomes.filter((o) => o.snippet.lang === lang))));
  for (const kind of [...new Set(outcomes.map((o) => o.snippet.kind))].sort())
    out.push(line(kind, score(outcomes.filter((o) => o.snippet.kind === kind))));
  const misses = outcomes.filter((o) => o.misses.length > 0);
  const alarms = outcomes.filter((o) => o.falseAlarms.length > 0);
  out.push(`Misses (${misses.reduce((n, o) => n + o.misses.length, 0)}):`);
  for (const o of misses) out.push(`  ${o.snippet.id}: ${o.misses.map(pair).join(', ')}  | found: ${o.found.map(pair).join(', ') || '-'}`);
  out.push(`False alarms (${alarms.reduce((n, o) => n + o.falseAlarms.length, 0)}):`);
  for (const o of alarms) out.push(`  ${o.snippet.id}: ${o.falseAlarms.map(pair).join(', ')}`);
  return out.join('\n');
}

describe('labelled detection set', () => {
  const dataset = bundledDataset();
  const known = new Set(dataset.entities.map((e) => e.id));

  it('is well formed: enough snippets, unique ids, known entities, labels that occur in the text', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(120);
    expect(new Set(snippets.map((s) => s.id)).size).toBe(snippets.length);
    expect(new Set(snippets.map((s) => s.lang))).toEqual(new Set(['en', 'zh']));
    expect(snippets.filter((s) => s.expect.length === 0).length).toBeGreaterThanOrEqual(40);
    const problems: string[] = [];
    for (const s of snippets) {
      document.body.innerHTML = s.html;
      const text = normalizeText(document.body.textContent ?? '');
      let from = 0;
      for (const e of s.expect) {
        if (!known.has(e.entity)) problems.push(`${s.id}: unknown entity ${e.entity}`);
        // Expected mentions are listed in document order.
        const at = text.indexOf(e.text, from);
        if (at < 0) problems.push(`${s.id}: "${e.text}" is not in the text (after offset ${from})`);
        else from = at + e.text.length;
      }
    }
    expect(problems).toEqual([]);
  });

  describe('scored', () => {
    let outcomes: Outcome[] = [];

    beforeAll(() => {
      const matcher = new Matcher(dataset.entities);
      outcomes = snippets.map((s) => {
        document.body.innerHTML = s.html;
        const scanner = new PageScanner(matcher);
        scanner.scanNow(document.body);
        return compare(
          s,
          scanner.mentions.map((m) => ({ entity: m.entity.id, text: m.text })),
        );
      });
      document.body.innerHTML = '';
      console.log(report(outcomes));
    });

    const of = (pred: (s: Snippet) => boolean) => score(outcomes.filter((o) => pred(o.snippet)));

    /** Precision and recall of a group at their bars or better, or at most one mention short of each. */
    const meets = (s: Score, label: string, bars = { precision: MIN_PRECISION, recall: MIN_RECALL }) => {
      const falseAlarms = s.found - s.correct;
      const misses = s.expected - s.correct;
      expect
        .soft(s.precision >= bars.precision || falseAlarms <= 1, `${label} precision ${pct(s.precision)} (${falseAlarms} false alarms)`)
        .toBe(true);
      expect.soft(s.recall >= bars.recall || misses <= 1, `${label} recall ${pct(s.recall)} (${misses} misses)`).toBe(true);
    };

    it(`reaches precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL} overall (micro-averaged)`, () => {
      const s = score(outcomes);
      expect(s.expected).toBeGreaterThanOrEqual(300);
      expect.soft(s.precision, 'precision').toBeGreaterThanOrEqual(MIN_PRECISION);
      expect.soft(s.recall, 'recall').toBeGreaterThanOrEqual(MIN_RECALL);
    });

    it('holds up in each language', () => {
      for (const lang of ['en', 'zh'] as const)
        meets(
          of((x) => x.lang === lang),
          lang,
        );
    });

    it('ignores the traps: at least 97% of trap and word-boundary snippets raise no false alarm', () => {
      const guarded = outcomes.filter((o) => o.snippet.kind === 'trap' || o.snippet.kind === 'boundary');
      const alarmed = guarded.filter((o) => o.falseAlarms.length > 0);
      expect(guarded.length).toBeGreaterThanOrEqual(60);
      expect(
        alarmed.length / guarded.length <= 0.03 || alarmed.length <= 1,
        `false alarms in ${alarmed.map((o) => o.snippet.id).join(', ')}`,
      ).toBe(true);
    });

    it('gets every key case exactly right (boundaries, blocks, exclusions, case, versions, context and page rules)', () => {
      const wrong = outcomes
        .filter((o) => o.snippet.key && (o.misses.length > 0 || o.falseAlarms.length > 0))
        .map((o) => `${o.snippet.id}: expected [${o.snippet.expect.map(pair).join(', ')}], found [${o.found.map(pair).join(', ')}]`);
      expect(outcomes.filter((o) => o.snippet.key).length).toBeGreaterThanOrEqual(40);
      expect(wrong).toEqual([]);
    });

    it('joins names split across inline markup or invisible characters', () => {
      // Markup snippets that are one block of prose: the split names are all inside it.
      const inline = (x: Snippet) => x.kind === 'markup' && !STRUCTURED.test(x.html);
      expect(outcomes.filter((o) => inline(o.snippet)).length).toBeGreaterThanOrEqual(12);
      meets(of(inline), 'inline markup');
    });

    it('keeps blocks apart and skips what is not prose', () => {
      // Lists, table cells, headings and paragraphs are separate blocks (no "Alibaba" + "Cloud"
      // across two list items); scripts and form fields are never read. A name joined across
      // blocks or found in a script is a false alarm here; a name lost at a block edge, a miss.
      const structured = (x: Snippet) => STRUCTURED.test(x.html);
      expect(outcomes.filter((o) => structured(o.snippet)).length).toBeGreaterThanOrEqual(8);
      meets(of(structured), 'blocks');
    });

    it('accepts ambiguous names that their sentence or page supports', () => {
      // Recall is the hard side here (97.6% when set): a name needs support to count.
      meets(
        of((x) => x.kind === 'context'),
        'context',
        { precision: MIN_PRECISION, recall: 0.95 },
      );
    });

    it('finds the unambiguous names of every category', () => {
      for (const kind of ['person', 'company', 'product', 'lab', 'media'])
        meets(
          of((x) => x.kind === kind),
          kind,
        );
    });
  });
});
