/**
 * A small seeded pseudo-random generator for the differential fuzz test. Same seed, same sequence,
 * on every machine and Node version: the generator never touches `Math.random`, so a failing unit
 * can be regenerated from the seed and index printed by the test.
 */

/** Deterministic random helpers over one 32-bit state. */
export interface Rng {
  /** The next float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. `max < min` returns `min`. */
  int(min: number, max: number): number;
  /** `true` with probability `p` (0 never, 1 always). */
  chance(p: number): boolean;
  /** A uniformly chosen element; throws on an empty array (a generator bug, not a unit property). */
  pick<T>(items: readonly T[]): T;
  /** An element chosen by weight from `[weight, item]` pairs; weights ≤ 0 are never chosen. */
  weighted<T>(items: readonly (readonly [number, T])[]): T;
  /** A shuffled copy (Fisher–Yates); the input is not changed. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct elements in random order (fewer if `items` is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A new generator whose sequence depends on this one's next output only (for sub-streams). */
  fork(): Rng;
}

/**
 * Creates a generator from a seed (any integer; only the low 32 bits count).
 * The core is mulberry32: one 32-bit add and three multiply/xor-shift rounds per draw, which is
 * plenty for choosing test inputs and has no bad seeds (seed 0 works).
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => (max < min ? min : min + Math.floor(next() * (max - min + 1)));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('rng.pick: empty array');
    return items[int(0, items.length - 1)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted: <T>(items: readonly (readonly [number, T])[]): T => {
      const total = items.reduce((sum, [w]) => sum + Math.max(0, w), 0);
      if (total <= 0) throw new Error('rng.weighted: no positive weight');
      let r = next() * total;
      let last: T | undefined;
      for (const [w, item] of items) {
        if (w <= 0) continue;
        last = item;
        r -= w;
        if (r < 0) return item;
      }
      // Floating-point leftovers land on the last positive entry.
      return last as T;
    },
    shuffle,
    sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)),
    fork: () => createRng(Math.floor(next() * 4294967296)),
  };
}

/** A fresh seed for runs that did not ask for one (printed by callers so the run can be replayed). */
export function freshSeed(): number {
  return Math.floor(Math.random() * 4294967296) >>> 0;
}

/** The generator for unit number `index` of a run seeded with `seed`: units replay independently. */
export function unitRng(seed: number, index: number): Rng {
  // Mix the index through one draw so neighbouring seeds/indices do not give shifted sequences.
  return createRng((createRng(seed ^ Math.imul(index + 1, 0x9e3779b1)).next() * 4294967296) >>> 0);
}
