/**
 * Bundled into an IIFE and injected into each corpus page by the benchmark:
 * the floor, Newslens's full page pass, and the mark.js peer, as functions
 * the runner times in the page itself.
 */
import { bundledDataset } from '../../lib/dataset/bundled';
import { CATEGORIES } from '../../lib/dataset/schema';
import { PageScanner } from '../../lib/detect/page-scanner';
import { Matcher } from '../../lib/match/matcher';

declare const Mark: new (el: Element) => { markRegExp(re: RegExp, opts?: object): void; unmark(opts?: object): void };
declare class Highlight {
  constructor(...ranges: Range[]);
}

const matcher = new Matcher(bundledDataset().entities);

function floor(): number {
  // Walk every text node and read it: the least any scanner must do.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  return chars;
}

function engine(): number {
  const scanner = new PageScanner(matcher);
  scanner.scanNow(document.body);
  const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  for (const c of CATEGORIES) {
    const ranges = scanner.mentions.filter((m) => m.entity.category === c).map((m) => m.range);
    if (ranges.length > 0) registry.set(`bench-${c}`, new Highlight(...ranges));
  }
  return scanner.mentions.length;
}

function clearEngine(): void {
  (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear();
}

function markjs(pattern: string): number {
  let n = 0;
  new Mark(document.body).markRegExp(new RegExp(pattern, 'gu'), { done: (count: number) => (n = count) });
  return n;
}

function clearMarkjs(): void {
  new Mark(document.body).unmark();
}

/** Times `run` once to warm up, then `reps` times; `after` (untimed) undoes what run did. */
function series(reps: number, run: () => unknown, after?: () => unknown): number[] {
  const once = () => {
    const t0 = performance.now();
    run();
    const ms = performance.now() - t0;
    after?.();
    return ms;
  };
  once();
  return Array.from({ length: reps }, once);
}

function measure(reps: number, pattern: string) {
  const chars = floor();
  const floorMs = series(reps, floor);
  const engineMs = series(reps, engine, clearEngine);
  const mentions = engine();
  clearEngine();
  const markjsMs = series(reps, () => markjs(pattern), clearMarkjs);
  return { chars, mentions, floor: floorMs, engine: engineMs, markjs: markjsMs, isolated: crossOriginIsolated };
}

(window as unknown as { __bench: object }).__bench = { measure };
