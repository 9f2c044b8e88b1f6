/**
 * Seeded randomness: every generated story draws from its own stream, made from the archive's
 * seed and the story's number alone — so story i is the same whatever N is, in whatever order
 * or run it is made, and a resumed run continues exactly where an interrupted one stopped.
 */

/** A 32-bit mix of two numbers (murmur3's finaliser over a simple combination): decorrelates seeds. */
export function hash32(a: number, b = 0): number {
  let h = (Math.imul(a | 0, 0x9e3779b1) ^ Math.imul(b | 0, 0x85ebca77)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** sfc32: small, fast, and good enough for text that only has to look right. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    this.a = hash32(seed, stream);
    this.b = hash32(stream, seed ^ 0x5bd1e995);
    this.c = hash32(seed + 1, stream + 1);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** An index drawn with the given cumulative weights (see cumulative()). */
  weighted(cdf: Float64Array): number {
    const total = cdf[cdf.length - 1]!;
    const x = this.next() * total;
    // Binary search: the first bucket whose cumulative weight passes x.
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

export function cumulative(weights: readonly number[]): Float64Array {
  const cdf = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (cdf[i] = sum += w));
  return cdf;
}

/**
 * Zipf's law over `n` ranks (weight 1/rank^s): a handful of tags carry most stories and a long
 * tail is rare, as in a real archive's tag pages.
 */
export function zipf(n: number, s = 1): Float64Array {
  return cumulative(Array.from({ length: n }, (_, rank) => 1 / (rank + 1) ** s));
}
