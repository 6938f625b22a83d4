/**
 * Aho–Corasick automaton over UTF-16 code units. Scanning costs one pass over
 * the text whatever the number of patterns. It is built straight into typed
 * arrays (no object per trie node), so tens of thousands of aliases build in
 * a few tens of milliseconds. Zero means "none" in every table (node 0 is the
 * root and never a target; pattern ids are stored plus one), so no table
 * needs filling before use.
 */

export interface Automaton {
  /** Calls `onMatch(patternId, end)` for every occurrence; `end` is exclusive. */
  scan(text: string, onMatch: (patternId: number, end: number) => void): void;
  readonly stateCount: number;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  // 1. The trie: parent and code per node, transitions in an open-addressing
  //    hash table. Total pattern length bounds the node count.
  let capacity = 1;
  for (const p of patterns) capacity += p.length;
  const parent = new Int32Array(capacity);
  const code = new Uint16Array(capacity);
  /** Pattern id + 1 ending at each node. */
  const out = new Int32Array(capacity);
  /** For a pattern repeating another: the next id + 1 with the same text. */
  const also = new Int32Array(patterns.length);
  // The table holds only target nodes (their parent and code are the key), at
  // a load of at most one half: fresh memory is what building costs most.
  let bits = 4;
  while (1 << bits < capacity) bits++;
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  const hashTarget = new Int32Array(1 << bits); // 0: empty slot
  /** Fibonacci hashing: the high bits of the product are well mixed. */
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
    also[id] = out[state] as number;
    out[state] = id + 1;
  }

  const child = (state: number, c: number): number => {
    if (state === 0) return rootTable[c] as number;
    let h = slot(state, c);
    for (let next = hashTarget[h] as number; next !== 0; next = hashTarget[h] as number) {
      if (parent[next] === state && code[next] === c) return next;
      h = (h + 1) & mask;
    }
    return 0;
  };

  // 2. Nodes by depth (a counting sort), so each failure link is computed
  //    after its parent's. A parent is always created before its children.
  const depth = new Uint16Array(count);
  let maxDepth = 0;
  for (let n = 1; n < count; n++) {
    const d = (depth[parent[n] as number] as number) + 1;
    depth[n] = d;
    if (d > maxDepth) maxDepth = d;
  }
  const start = new Int32Array(maxDepth + 2);
  for (let n = 1; n < count; n++) start[(depth[n] as number) + 1] = (start[(depth[n] as number) + 1] as number) + 1;
  for (let d = 0; d <= maxDepth; d++) start[d + 1] = (start[d + 1] as number) + (start[d] as number);
  const order = new Int32Array(count);
  for (let n = 1; n < count; n++) {
    const d = depth[n] as number;
    order[start[d] as number] = n;
    start[d] = (start[d] as number) + 1;
  }

  // 3. Failure links, and output links (nearest proper suffix that ends a pattern).
  const fail = new Int32Array(count);
  const outLink = new Int32Array(count);
  for (let i = 0; i < count - 1; i++) {
    const t = order[i] as number;
    const p = parent[t] as number;
    if (p === 0) continue; // depth one: fails to the root
    const c = code[t] as number;
    let f = fail[p] as number;
    let target = child(f, c);
    while (target === 0 && f !== 0) {
      f = fail[f] as number;
      target = child(f, c);
    }
    fail[t] = target;
    outLink[t] = (out[target] as number) !== 0 ? target : (outLink[target] as number);
  }

  return {
    stateCount: count,
    scan(text, onMatch) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let next = child(state, c);
        while (next === 0 && state !== 0) {
          state = fail[state] as number;
          next = child(state, c);
        }
        state = next;
        for (let s = (out[state] as number) !== 0 ? state : (outLink[state] as number); s !== 0; s = outLink[s] as number) {
          for (let id = out[s] as number; id !== 0; id = also[id - 1] as number) onMatch(id - 1, i + 1);
        }
      }
    },
  };
}
