import { createEmptyCard, default_w, Rating, State } from "ts-fsrs";
import { describe, expect, test, vi } from "vitest";
import { DEFAULT_SETTINGS } from "../validations/settings";
import { createScheduler } from "./create-scheduler";
import { SchedulingError } from "./scheduling-error";

const NOW = new Date("2024-03-10T06:30:00Z");

describe("createScheduler", () => {
  test("maps settings onto ts-fsrs parameters", () => {
    const f = createScheduler({
      ...DEFAULT_SETTINGS,
      desiredRetention: 0.85,
      maximumInterval: 365,
      enableFuzz: false,
      learningSteps: "2m 15m 1h",
      relearningSteps: "",
    });
    expect(f.parameters).toMatchObject({
      request_retention: 0.85,
      maximum_interval: 365,
      enable_fuzz: false,
      enable_short_term: true,
      learning_steps: ["2m", "15m", "1h"],
      relearning_steps: [],
    });
    expect(f.parameters.w).toEqual([...default_w]);
  });

  test.each([
    ["21 FSRS-6 weights are used as given", [...default_w], 21],
    ["19 FSRS-5 weights are migrated to 21", default_w.slice(0, 19), 21],
  ])("%s", (_name, weights, length) => {
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    const f = createScheduler({ ...DEFAULT_SETTINGS, fsrsWeights: weights });
    expect(f.parameters.w).toHaveLength(length);
    expect(f.parameters.w.slice(0, 19)).toEqual(weights.slice(0, 19));
    debug.mockRestore();
  });

  test("fitted weights change the schedule", () => {
    const custom = [...default_w];
    custom[2] = 10; // initial stability for Good
    const card = createEmptyCard(NOW);
    const settings = { ...DEFAULT_SETTINGS, learningSteps: "", enableFuzz: false };
    const base = createScheduler(settings).next(card, NOW, Rating.Good).card;
    const fitted = createScheduler({ ...settings, fsrsWeights: custom }).next(card, NOW, Rating.Good).card;
    expect(base.state).toBe(State.Review);
    expect(fitted.scheduled_days).toBeGreaterThan(base.scheduled_days);
  });

  test.each([
    ["learning", { learningSteps: "5s" }],
    ["relearning", { relearningSteps: "0m" }],
  ])("invalid %s steps throw a SchedulingError", (_name, patch) => {
    expect(() => createScheduler({ ...DEFAULT_SETTINGS, ...patch })).toThrow(SchedulingError);
  });
});
