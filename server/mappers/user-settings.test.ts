import { describe, expect, test } from "vitest";
import { InvalidSettingsError, toUserSettings, type UserSettingsColumns } from "@/server/mappers/user-settings";

const W21 = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];
const row = (patch: Partial<UserSettingsColumns>): UserSettingsColumns => ({
  desiredRetention: 0.85, maximumInterval: 365, newPerDay: 5, reviewsPerDay: 50, learningSteps: "1m", relearningSteps: "10m",
  timeZone: "Europe/Berlin", dayStartHour: 3, fsrsWeights: W21, enableFuzz: 1, ...patch,
});

describe("toUserSettings", () => {
  test("a stored row reads back, weights stored as JSON text included", () => {
    expect(toUserSettings(row({ fsrsWeights: JSON.stringify(W21) }))).toMatchObject({ desiredRetention: 0.85, fsrsWeights: W21, enableFuzz: true });
  });

  test("weights saved before their ranges were checked are dropped; the reader's other settings stay", () => {
    const settings = toUserSettings(row({ fsrsWeights: [1e308, ...W21.slice(1)] }));
    expect(settings.fsrsWeights).toBeNull();
    expect(settings).toMatchObject({ desiredRetention: 0.85, maximumInterval: 365, timeZone: "Europe/Berlin", dayStartHour: 3 });
  });

  test("a row broken elsewhere is an error, never the defaults in silence", () => {
    expect(() => toUserSettings(row({ desiredRetention: 5 }))).toThrow(InvalidSettingsError);
  });
});
