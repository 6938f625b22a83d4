/**
 * A fast non-cryptographic 64-bit checksum (two independent 32-bit lanes of a
 * multiply-xor hash), for telling one dataset or index from another and for
 * catching a corrupted one. It runs in every frame that loads an index, so it
 * reads 32-bit words where it can. Not for security: nothing here is secret.
 */

function mix(h: number, k: number, m: number): number {
  return Math.imul(h ^ k, m);
}

/** murmur3's 32-bit finaliser: spreads every input bit over the output (unsigned). */
export function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

export class Checksum {
  private a = 0x811c9dc5;
  private b = 0x9747b28c;

  /** Adds bytes; read four at a time when they are word-aligned. */
  bytes(data: Uint8Array): this {
    let a = this.a;
    let b = this.b;
    const words = data.byteOffset % 4 === 0 ? data.length >>> 2 : 0;
    if (words > 0) {
      const view = new Int32Array(data.buffer, data.byteOffset, words);
      for (let i = 0; i < words; i++) {
        const k = view[i] as number;
        a = mix(a, k, 0x01000193);
        b = mix(b, k, 0x5bd1e995);
      }
    }
    for (let i = words * 4; i < data.length; i++) {
      const k = data[i] as number;
      a = mix(a, k, 0x01000193);
      b = mix(b, k, 0x5bd1e995);
    }
    this.a = mix(a, data.length, 0x01000193);
    this.b = mix(b, data.length, 0x5bd1e995);
    return this;
  }

  /** Adds a string, two UTF-16 units per step. */
  text(s: string): this {
    let a = this.a;
    let b = this.b;
    const n = s.length;
    let i = 0;
    for (; i + 1 < n; i += 2) {
      const k = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
      a = mix(a, k, 0x01000193);
      b = mix(b, k, 0x5bd1e995);
    }
    if (i < n) {
      const k = s.charCodeAt(i);
      a = mix(a, k, 0x01000193);
      b = mix(b, k, 0x5bd1e995);
    }
    this.a = mix(a, n, 0x01000193);
    this.b = mix(b, n, 0x5bd1e995);
    return this;
  }

  /** 16 hex digits. */
  digest(): string {
    return hex(finish(this.a)) + hex(finish(this.b ^ this.a));
  }
}

/** The checksum of one string. */
export function checksumOf(s: string): string {
  return new Checksum().text(s).digest();
}
