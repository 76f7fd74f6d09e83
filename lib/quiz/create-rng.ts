/** A small deterministic pseudo-random generator; never use it for secrets. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, maxExclusive); 0 when maxExclusive <= 0. */
  int(maxExclusive: number): number;
  /** A shuffled copy (Fisher–Yates); the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[];
  /** One element, or undefined for an empty list. */
  pick<T>(items: readonly T[]): T | undefined;
}

/** 32-bit FNV-1a over UTF-16 code units, then an avalanche step so near seeds diverge. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Creates a seeded generator (mulberry32 steps over a hash of `seed`): the same seed always gives the
 * same sequence, so a quiz can be rebuilt from its seed.
 *
 * @example
 * const rng = createRng("quiz-42");
 * rng.shuffle(["a", "b", "c"]); // same order every time for "quiz-42"
 */
export function createRng(seed: string): Rng {
  let state = hashSeed(seed);

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (maxExclusive: number): number =>
    maxExclusive <= 0 ? 0 : Math.floor(next() * Math.floor(maxExclusive));

  const shuffle = <T,>(items: readonly T[]): T[] => {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };

  const pick = <T,>(items: readonly T[]): T | undefined =>
    items.length === 0 ? undefined : items[int(items.length)];

  return { next, int, shuffle, pick };
}
