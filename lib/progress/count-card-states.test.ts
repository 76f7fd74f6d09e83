import { State } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { countCardStates } from "./count-card-states";
import { ProgressError } from "./progress-error";

describe("countCardStates", () => {
  test.each([
    ["no cards", [], { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, total: 0, isEmpty: true }],
    [
      "suspended cards count once, on their own",
      [
        { state: State.New, suspended: false, count: 20 },
        { state: State.Learning, suspended: false, count: 3 },
        { state: State.Review, suspended: false, count: 40 },
        { state: State.Relearning, suspended: false, count: 2 },
        { state: State.Review, suspended: true, count: 4 },
        { state: State.New, suspended: true, count: 1 },
      ],
      { new: 20, learning: 3, review: 40, relearning: 2, suspended: 5, total: 70, isEmpty: false },
    ],
    [
      "rows split further still add up",
      [
        { state: State.Review, suspended: false, count: 1 },
        { state: State.Review, suspended: false, count: 2 },
        { state: State.New, suspended: false, count: 0 },
      ],
      { new: 0, learning: 0, review: 3, relearning: 0, suspended: 0, total: 3, isEmpty: false },
    ],
  ])("%s", (_name, rows, expected) => {
    expect(countCardStates(rows)).toEqual(expected);
  });

  test.each([
    [{ state: 4, suspended: false, count: 1 }],
    [{ state: 7, suspended: true, count: 1 }],
    [{ state: State.New, suspended: false, count: -1 }],
    [{ state: State.New, suspended: false, count: 0.5 }],
  ])("refuses %j", (row) => {
    expect(() => countCardStates([row])).toThrow(ProgressError);
  });
});
