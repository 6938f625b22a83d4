/**
 * Aho–Corasick automaton over UTF-16 code units. Scanning costs one pass over
 * the text whatever the number of patterns.
 *
 * It lives in four flat typed arrays (no object per node), laid out so they
 * can be stored and loaded as they are: nodes in breadth-first order, the
 * children of a node next to each other and sorted by code unit, so a child
 * is found by a short scan or a binary search, with no hash table to rebuild
 * at load. What loading adds (a lookup table for the root, the pattern ends,
 * the output links) is one linear pass. Zero means "none" in every table
 * (node 0 is the root and never a target).
 */

export interface AutomatonTables {
  /** Children of node n are the nodes first[n] … first[n + 1] − 1; length is the node count + 1. */
  first: Int32Array;
  /** The code unit on the edge into each node (unused for the root). */
  code: Uint16Array;
  /** Failure link of each node: the longest proper suffix that is also a trie node. */
  fail: Int32Array;
  /** The node each pattern ends at, by pattern id (0 for an empty pattern, which never matches). */
  terminal: Int32Array;
}

export interface Automaton {
  /** Calls `onMatch(patternId, end)` for every occurrence; `end` is exclusive. */
  scan(text: string, onMatch: (patternId: number, end: number) => void): void;
  readonly stateCount: number;
}

/** Past this many children a node's edges are binary-searched rather than scanned. */
const LINEAR = 8;

function findChild(first: Int32Array, code: Uint16Array, state: number, c: number): number {
  let lo = first[state] as number;
  let hi = (first[state + 1] as number) - 1;
  if (hi - lo < LINEAR) {
    for (; lo <= hi; lo++) {
      const k = code[lo] as number;
      if (k === c) return lo;
      if (k > c) return 0;
    }
    return 0;
  }
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = code[mid] as number;
    if (k === c) return mid;
    if (k < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Builds the tables for `patterns` (pattern id = index). */
export function buildAutomatonTables(patterns: readonly string[]): AutomatonTables {
  // 1. A trie in creation order: parent and code per node, transitions in an
  //    open-addressing hash table (build only). Total length bounds the nodes.
  let capacity = 1;
  for (const p of patterns) capacity += p.length;
  const parent = new Int32Array(capacity);
  const code = new Uint16Array(capacity);
  const endOf = new Int32Array(patterns.length);
  let bits = 4;
  while (1 << bits < capacity) bits++;
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  const hashTarget = new Int32Array(1 << bits);
  const slot = (state: number, c: number) => Math.imul(state * 65599 + c, 0x9e3779b1) >>> shift;
  const rootTable = new Int32Array(65536);
  let count = 1;
  for (let id = 0; id < patterns.length; id++) {
    const p = patterns[id] as string;
    if (p.length === 0) continue;
    let state = 0;
    for (let d = 0; d < p.length; d++) {
      const c = p.charCodeAt(d);
      if (state === 0) {
        let next = rootTable[c] as number;
        if (next === 0) {
          next = count++;
          code[next] = c;
          rootTable[c] = next;
        }
        state = next;
        continue;
      }
      let h = slot(state, c);
      let next = hashTarget[h] as number;
      while (next !== 0 && !(parent[next] === state && code[next] === c)) {
        h = (h + 1) & mask;
        next = hashTarget[h] as number;
      }
      if (next === 0) {
        next = count++;
        parent[next] = state;
        code[next] = c;
        hashTarget[h] = next;
      }
      state = next;
    }
    endOf[id] = state;
  }

  // 2. Children of each node, grouped (counting sort by parent) and sorted by code.
  const childStart = new Int32Array(count + 1);
  for (let n = 1; n < count; n++) childStart[(parent[n] as number) + 1] = (childStart[(parent[n] as number) + 1] as number) + 1;
  for (let n = 0; n < count; n++) childStart[n + 1] = (childStart[n + 1] as number) + (childStart[n] as number);
  const children = new Int32Array(Math.max(0, count - 1));
  const fill = childStart.slice(0, count);
  for (let n = 1; n < count; n++) {
    const p = parent[n] as number;
    children[fill[p] as number] = n;
    fill[p] = (fill[p] as number) + 1;
  }
  for (let n = 0; n < count; n++) sortByCode(children, childStart[n] as number, childStart[n + 1] as number, code);

  // 3. Breadth-first renumbering: each node's children get consecutive ids.
  const newId = new Int32Array(count);
  const oldOf = new Int32Array(count);
  const first = new Int32Array(count + 1);
  let next = 1;
  for (let u = 0; u < count; u++) {
    const old = oldOf[u] as number;
    first[u] = next;
    for (let k = childStart[old] as number; k < (childStart[old + 1] as number); k++) {
      const child = children[k] as number;
      newId[child] = next;
      oldOf[next] = child;
      next++;
    }
  }
  first[count] = next;
  const outCode = new Uint16Array(count);
  const outParent = new Int32Array(count);
  for (let u = 1; u < count; u++) {
    const old = oldOf[u] as number;
    outCode[u] = code[old] as number;
    outParent[u] = newId[parent[old] as number] as number;
  }

  // 4. Failure links, in breadth-first order (a node's parent and its
  //    parent's failure target always come earlier).
  const fail = new Int32Array(count);
  for (let t = 1; t < count; t++) {
    const p = outParent[t] as number;
    if (p === 0) continue;
    const c = outCode[t] as number;
    let f = fail[p] as number;
    for (;;) {
      const target = f === 0 ? rootChild(first, outCode, c) : findChild(first, outCode, f, c);
      if (target !== 0) {
        fail[t] = target;
        break;
      }
      if (f === 0) break;
      f = fail[f] as number;
    }
  }
  const terminal = new Int32Array(patterns.length);
  for (let id = 0; id < patterns.length; id++) terminal[id] = (endOf[id] as number) === 0 ? 0 : (newId[endOf[id] as number] as number);
  return { first, code: outCode, fail, terminal };
}

function rootChild(first: Int32Array, code: Uint16Array, c: number): number {
  return findChild(first, code, 0, c);
}

/** Insertion sort for the usual handful of children; a packed numeric sort for long lists. */
function sortByCode(nodes: Int32Array, from: number, to: number, code: Uint16Array): void {
  if (to - from < 2) return;
  if (to - from > 32) {
    const keys = new Float64Array(to - from);
    for (let i = from; i < to; i++) keys[i - from] = (code[nodes[i] as number] as number) * 4294967296 + (nodes[i] as number);
    keys.sort();
    for (let i = from; i < to; i++) nodes[i] = (keys[i - from] as number) % 4294967296;
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const n = nodes[i] as number;
    const c = code[n] as number;
    let j = i - 1;
    while (j >= from && (code[nodes[j] as number] as number) > c) {
      nodes[j + 1] = nodes[j] as number;
      j--;
    }
    nodes[j + 1] = n;
  }
}

/** A ready automaton from tables built now or loaded from a compiled index. */
export function loadAutomaton(tables: AutomatonTables): Automaton {
  const { first, code, fail, terminal } = tables;
  const count = code.length;
  // Pattern ends: out[node] is a pattern id + 1, `also` chains patterns with the same text.
  const out = new Int32Array(count);
  const also = new Int32Array(terminal.length);
  for (let id = 0; id < terminal.length; id++) {
    const node = terminal[id] as number;
    if (node === 0) continue;
    also[id] = out[node] as number;
    out[node] = id + 1;
  }
  // Output links: the nearest proper suffix that ends a pattern (breadth-first, so fail targets come first).
  const outLink = new Int32Array(count);
  for (let t = 1; t < count; t++) {
    const f = fail[t] as number;
    outLink[t] = (out[f] as number) !== 0 ? f : (outLink[f] as number);
  }
  const root = new Int32Array(65536);
  for (let k = first[0] as number; k < (first[1] as number); k++) root[code[k] as number] = k;

  return {
    stateCount: count,
    scan(text, onMatch) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let next = state === 0 ? (root[c] as number) : findChild(first, code, state, c);
        while (next === 0 && state !== 0) {
          state = fail[state] as number;
          next = state === 0 ? (root[c] as number) : findChild(first, code, state, c);
        }
        state = next;
        for (let s = (out[state] as number) !== 0 ? state : (outLink[state] as number); s !== 0; s = outLink[s] as number) {
          for (let id = out[s] as number; id !== 0; id = also[id - 1] as number) onMatch(id - 1, i + 1);
        }
      }
    },
  };
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  return loadAutomaton(buildAutomatonTables(patterns));
}

/**
 * Checks that tables loaded from storage describe a well-formed automaton
 * (sizes agree, every link points at a node), so a damaged index fails
 * loudly instead of scanning wrongly. Returns the problem, or null.
 */
export function checkAutomatonTables(t: AutomatonTables): string | null {
  const count = t.code.length;
  if (count < 1 || t.first.length !== count + 1 || t.fail.length !== count) return 'table sizes disagree';
  if (t.first[0] !== 1 || t.first[count] !== count) return 'child ranges do not cover the nodes';
  for (let n = 0; n < count; n++) {
    const a = t.first[n] as number;
    const b = t.first[n + 1] as number;
    if (b < a || a <= n) return `node ${n} has a bad child range`;
    const f = t.fail[n] as number;
    if (f < 0 || f >= count || (n > 0 && f >= n)) return `node ${n} has a bad failure link`;
  }
  for (let id = 0; id < t.terminal.length; id++) {
    const node = t.terminal[id] as number;
    if (node < 0 || node >= count) return `pattern ${id} ends outside the automaton`;
  }
  return null;
}
