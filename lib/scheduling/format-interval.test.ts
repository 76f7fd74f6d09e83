import { describe, expect, test } from "vitest";
import { formatInterval } from "./format-interval";

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe("formatInterval", () => {
  test.each([
    [-5 * S, "<1m"],
    [0, "<1m"],
    [59 * S, "<1m"],
    [1 * M, "1m"],
    [6 * M, "6m"],
    [10 * M, "10m"],
    [1 * H, "1h"],
    [90 * M, "1.5h"],
    [1 * D, "1d"],
    [1.5 * D, "1.5d"],
    [3 * D, "3d"],
    [29 * D, "29d"],
    [30 * D, "1mo"],
    [63 * D, "2.1mo"],
    [364 * D, "12.1mo"],
    [365 * D, "1y"],
    [438 * D, "1.2y"],
    [36500 * D, "100y"],
  ])("%d ms → %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
