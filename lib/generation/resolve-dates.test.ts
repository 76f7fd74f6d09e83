import { describe, expect, it } from "vitest";
import { resolveDates } from "./resolve-dates";

const PUBLISHED = new Date("2023-12-19T12:00:00Z"); // a Tuesday

describe("resolveDates", () => {
  it.each<[string, string, string]>([
    ["North Korea on Monday conducted a test.", "Monday", "Monday, December 18, 2023"],
    ["KCNA said Tuesday.", "Tuesday", "Tuesday, December 19, 2023"],
    ["The party says it will meet on Thursday to decide.", "Thursday", "Thursday, December 21, 2023"],
    ["North Korea claimed on November 28 that it worked.", "November 28", "November 28, 2023"],
    ["Previous attempts failed in May and August.", "May", "May 2023"],
    ["Lawmakers were briefed in late November.", "late November", "late November 2023"],
    ["The war began with the February 2022 invasion.", "February 2022", "February 2022"],
    ["Last month, the coach spoke to reporters.", "Last month", "November 2023"],
    ["As early as 2022, shells were delivered.", "2022", "2022"],
  ])("%s", (sentence, span, answer) => {
    const found = resolveDates(sentence, 0, PUBLISHED).find((d) => d.text === span);
    expect(found?.answer).toBe(answer);
    expect(sentence.slice(found!.start, found!.end)).toBe(span);
  });

  it("resolves 'the next day' from the date before it", () => {
    const dates = resolveDates("Kim visited a plant on September 16 and the airbase the next day.", 0, PUBLISHED);
    expect(dates.map((d) => d.answer)).toEqual(["September 16, 2023", "September 17, 2023"]);
  });

  it("keeps 'the week before' as vague context, never as an answer", () => {
    const dates = resolveDates("A satellite launched the week before took photos.", 0, PUBLISHED);
    expect(dates.every((d) => d.granularity === "vague")).toBe(true);
  });

  it("does not resolve weekdays without a publication date", () => {
    expect(resolveDates("North Korea on Monday conducted a test.", 0).every((d) => d.granularity === "vague")).toBe(true);
  });

  it("keeps 'next year' and 'last month' vague without a publication date, and resolves them with one", () => {
    const text = "Publication of the findings is expected next year.";
    expect(resolveDates(text, 0).every((d) => d.granularity === "vague")).toBe(true);
    expect(resolveDates(text, 0, new Date("2025-12-12T12:00:00Z")).map((d) => d.answer)).toEqual(["2026"]);
  });
});
