import { describe, expect, test } from "vitest";
import { isHeldQueueFresh } from "./is-held-queue-fresh";

const at = (iso: string) => new Date(iso);

describe("isHeldQueueFresh", () => {
  test.each([
    ["just fetched", "2024-03-01T12:00:00Z", "2024-03-01T12:00:00Z", true],
    ["nine minutes 59 later", "2024-03-01T12:00:00Z", "2024-03-01T12:09:59.999Z", true],
    ["ten minutes later", "2024-03-01T12:00:00Z", "2024-03-01T12:10:00Z", false],
    ["an hour later", "2024-03-01T12:00:00Z", "2024-03-01T13:00:00Z", false],
    ["two minutes, across UTC midnight", "2024-03-01T23:59:00Z", "2024-03-02T00:01:00Z", false],
    ["up to the last millisecond of the UTC day", "2024-03-01T23:55:00Z", "2024-03-01T23:59:59.999Z", true],
    ["from the first millisecond of a UTC day", "2024-03-02T00:00:00Z", "2024-03-02T00:09:00Z", true],
    ["the clock went backwards", "2024-03-01T12:00:00Z", "2024-03-01T11:59:00Z", false],
    ["an invalid time", "2024-03-01T12:00:00Z", "not a date", false],
  ])("%s → %s", (_name, fetched, now, fresh) => {
    expect(isHeldQueueFresh(at(fetched), at(now))).toBe(fresh);
  });
});
