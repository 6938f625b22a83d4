/**
 * Aho–Corasick automaton over UTF-16 code units. Scanning costs one pass over
 * the text whatever the number of patterns; memory is a few typed arrays, so
 * tens of thousands of aliases stay cheap to build and to hold.
 */

export interface Automaton {
  /** Calls `onMatch(patternId, end)` for every occurrence; `end` is exclusive. */
  scan(text: string, onMatch: (patternId: number, end: number) => void): void;
  readonly stateCount: number;
}

interface BuildNode {
  children: Map<number, number>;
  patterns: number[];
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  // 1. A plain trie.
  const nodes: BuildNode[] = [{ children: new Map(), patterns: [] }];
  patterns.forEach((pattern, id) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      const node = nodes[state] as BuildNode;
      let next = node.children.get(code);
      if (next === undefined) {
        next = nodes.length;
        nodes.push({ children: new Map(), patterns: [] });
        node.children.set(code, next);
      }
      state = next;
    }
    (nodes[state] as BuildNode).patterns.push(id);
  });

  // 2. Flatten children into sorted typed arrays (binary-searched at scan time);
  //    the root gets a dense table because every character starts there.
  const count = nodes.length;
  const childStart = new Int32Array(count + 1);
  let total = 0;
  for (let s = 0; s < count; s++) {
    childStart[s] = total;
    total += (nodes[s] as BuildNode).children.size;
  }
  childStart[count] = total;
  const childCode = new Uint16Array(total);
  const childTarget = new Int32Array(total);
  for (let s = 0; s < count; s++) {
    const entries = [...(nodes[s] as BuildNode).children].sort((a, b) => a[0] - b[0]);
    let k = childStart[s] as number;
    for (const [code, target] of entries) {
      childCode[k] = code;
      childTarget[k] = target;
      k++;
    }
  }
  const rootTable = new Int32Array(65536).fill(0);
  for (const [code, target] of (nodes[0] as BuildNode).children) rootTable[code] = target;

  const child = (state: number, code: number): number => {
    if (state === 0) return rootTable[code] as number;
    let lo = childStart[state] as number;
    let hi = (childStart[state + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = childCode[mid] as number;
      if (c === code) return childTarget[mid] as number;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };

  // 3. Failure links and output links, breadth first.
  const fail = new Int32Array(count);
  const outLink = new Int32Array(count).fill(-1); // nearest proper suffix state that ends a pattern
  const queue = new Int32Array(count);
  let head = 0;
  let tail = 0;
  for (const [, target] of (nodes[0] as BuildNode).children) {
    fail[target] = 0;
    queue[tail++] = target;
  }
  while (head < tail) {
    const s = queue[head++] as number;
    for (let k = childStart[s] as number; k < (childStart[s + 1] as number); k++) {
      const code = childCode[k] as number;
      const t = childTarget[k] as number;
      let f = fail[s] as number;
      let next = child(f, code);
      while (next === -1 && f !== 0) {
        f = fail[f] as number;
        next = child(f, code);
      }
      const ft = next === -1 || next === t ? 0 : next;
      fail[t] = ft;
      outLink[t] = (nodes[ft] as BuildNode).patterns.length > 0 ? ft : (outLink[ft] as number);
      queue[tail++] = t;
    }
  }

  // 4. Pattern ids per state, flattened.
  const outStart = new Int32Array(count + 1);
  let outTotal = 0;
  for (let s = 0; s < count; s++) {
    outStart[s] = outTotal;
    outTotal += (nodes[s] as BuildNode).patterns.length;
  }
  outStart[count] = outTotal;
  const outIds = new Int32Array(outTotal);
  for (let s = 0, k = 0; s < count; s++) for (const id of (nodes[s] as BuildNode).patterns) outIds[k++] = id;

  return {
    stateCount: count,
    scan(text, onMatch) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let next = child(state, code);
        while (next === -1 && state !== 0) {
          state = fail[state] as number;
          next = child(state, code);
        }
        state = next === -1 ? 0 : next;
        for (let s = state; s > 0; s = outLink[s] as number) {
          for (let k = outStart[s] as number; k < (outStart[s + 1] as number); k++) onMatch(outIds[k] as number, i + 1);
          if (outLink[s] === -1) break;
        }
      }
    },
  };
}
