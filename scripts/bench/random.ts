/** A small seeded PRNG (mulberry32), so every bench run generates the same corpus for the same N. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

/**
 * Zipf-like sampling over ranks 0..n-1 (weight 1/(rank+1)^s): a few items are drawn very often, most
 * rarely. `sampleDistinct` draws without replacement (one driver appears once per article line-up).
 */
export class Zipf {
  private readonly cumulative: Float64Array;
  constructor(
    readonly n: number,
    s: number,
  ) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) {
      sum += 1 / Math.pow(r + 1, s);
      this.cumulative[r] = sum;
    }
    for (let r = 0; r < n; r++) this.cumulative[r]! /= sum;
  }
  sample(rng: Random): number {
    const u = rng.next();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  sampleDistinct(rng: Random, k: number): number[] {
    const out = new Set<number>();
    const want = Math.min(k, this.n);
    let tries = 0;
    while (out.size < want) {
      // Rejection sampling; after many collisions fall back to uniform so it always terminates quickly.
      out.add(tries++ < want * 20 ? this.sample(rng) : rng.int(0, this.n - 1));
    }
    return [...out];
  }
}
