import { describe, expect, test } from "vitest";
import { createRng } from "./create-rng";

describe("createRng", () => {
  test.each([["a"], ["quiz-1"], [""], ["ünïcödé 🎲"]])("is deterministic for seed %j", (seed) => {
    const a = createRng(seed);
    const b = createRng(seed);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    expect(seqA).toEqual(seqB);
    for (const x of seqA) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  test("different seeds give different sequences", () => {
    const a = Array.from({ length: 5 }, createRng("seed-1").next);
    const b = Array.from({ length: 5 }, createRng("seed-2").next);
    expect(a).not.toEqual(b);
  });

  test.each([
    [0, 0],
    [-3, 0],
  ])("int(%i) returns %i", (max, expected) => {
    expect(createRng("x").int(max)).toBe(expected);
  });

  test("shuffle keeps the elements and leaves the input alone", () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = createRng("s").shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort((x, y) => x - y)).toEqual(input);
  });

  test("pick on an empty list is undefined", () => {
    expect(createRng("s").pick([])).toBeUndefined();
  });
});
