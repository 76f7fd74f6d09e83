/** A seeded source of uniform numbers in [0, 1): the same seed gives the same sequence on every runtime. */
export type TRng = () => number;

/**
 * mulberry32, a small 32-bit generator: enough for simulations, not for secrets.
 *
 * @example
 * const rng = createRng(42);
 * rng(); // 0.6011037519201636, on every machine
 */
export function createRng(seed: number): TRng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
