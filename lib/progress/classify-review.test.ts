import { State } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import { classifyReview } from "./classify-review";

describe("classifyReview", () => {
  test.each([
    [State.New, 0, "learning"],
    [State.Learning, 0, "learning"],
    [State.Relearning, 40, "learning"],
    [State.Review, 0, "young"],
    [State.Review, 20, "young"],
    [State.Review, 21, "mature"],
    [State.Review, 400, "mature"],
  ])("state %i, interval %i days → %s", (state, scheduledDays, kind) => {
    expect(classifyReview({ state, scheduledDays })).toBe(kind);
  });
});
