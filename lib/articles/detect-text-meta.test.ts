import { describe, expect, test } from "vitest";
import { detectTextMeta, type TextMeta } from "./detect-text-meta";
import { isoDay, isoDayFromTimestamp } from "./iso-day";

const NOW = new Date("2024-01-10T12:00:00Z");
const BODY = "The council met on Tuesday and voted to repair the old bridge before the spring floods.";

describe("detectTextMeta", () => {
  test.each<[string, string, Partial<TextMeta>]>([
    ["a title line and a date line", `Council votes to repair bridge\n\nDecember 19, 2023\n\n${BODY}`, { title: "Council votes to repair bridge", publishedAt: "2023-12-19", body: BODY }],
    ["a labelled date with a time", `Bridge repairs\nPublished: Dec. 19, 2023 at 10:32 a.m. EST\n${BODY}`, { title: "Bridge repairs", publishedAt: "2023-12-19", body: BODY }],
    ["an ISO date line", `Bridge repairs\n2023-12-19\n${BODY}`, { title: "Bridge repairs", publishedAt: "2023-12-19" }],
    ["a weekday date line, day first", `Bridge repairs\nTuesday 19 December 2023\n${BODY}`, { publishedAt: "2023-12-19" }],
    ["a byline after the title", `Bridge repairs\nBy Jane Q. Public\nDecember 19, 2023\n${BODY}`, { title: "Bridge repairs", byline: "Jane Q. Public", publishedAt: "2023-12-19", body: BODY }],
    ["a Reuters dateline without a year (latest past Dec. 18)", `WASHINGTON, Dec. 18 (Reuters) - ${BODY}`, { title: undefined, publishedAt: "2023-12-18", body: `WASHINGTON, Dec. 18 (Reuters) - ${BODY}` }],
    ["a dateline in this year", `LONDON, Jan. 5 (AP) — ${BODY}`, { publishedAt: "2024-01-05" }],
    ["a dateline with country, weekday and year", `KYIV, Ukraine, Monday, December 18, 2023 — ${BODY}`, { publishedAt: "2023-12-18" }],
    ["a day-first dateline", `PARIS, 18 December (AFP) - ${BODY}`, { publishedAt: "2023-12-18" }],
    ["a dateline after the title", `Bridge repairs\n\nNEW YORK, March 3, 2021 -- ${BODY}`, { title: "Bridge repairs", publishedAt: "2021-03-03" }],
    ["a title ending in a question mark", `Will the bridge hold?\n${BODY}`, { title: "Will the bridge hold?" }],
    ["a first sentence is not a title", `${BODY}\nThe work starts in March.`, { title: undefined, publishedAt: undefined }],
    ["a single line is the text, not a title", "Bridge repairs", { title: undefined, body: "Bridge repairs" }],
    ["a date inside a sentence is not a date line", `Bridge repairs\nThe vote on December 19, 2023 was close and the mayor said so.\n${BODY}`, { title: "Bridge repairs", publishedAt: undefined }],
    ["an impossible date is ignored", `Bridge repairs\nFebruary 30, 2023\n${BODY}`, { publishedAt: undefined }],
    ["windows line ends", `Bridge repairs\r\n\r\nDecember 19, 2023\r\n${BODY}`, { title: "Bridge repairs", publishedAt: "2023-12-19", body: BODY }],
  ])("%s", (_name, text, expected) => {
    const meta = detectTextMeta(text, NOW);
    for (const [key, value] of Object.entries(expected)) expect(meta[key as keyof TextMeta], key).toBe(value);
  });
});

describe("isoDay and isoDayFromTimestamp", () => {
  test.each<[number, number, number, string | undefined]>([
    [2023, 12, 19, "2023-12-19"],
    [2024, 2, 29, "2024-02-29"],
    [2023, 2, 29, undefined],
    [2023, 13, 1, undefined],
    [1200, 1, 1, undefined],
  ])("isoDay(%i, %i, %i) = %s", (y, m, d, expected) => {
    expect(isoDay(y, m, d)).toBe(expected);
  });

  test.each<[string | undefined, string | undefined]>([
    ["2023-12-18T23:30:00-05:00", "2023-12-18"],
    ["2023-12-18", "2023-12-18"],
    ["20231218", "2023-12-18"],
    ["Tue, 19 Dec 2023 10:00:00 GMT", "2023-12-19"],
    ["December 19, 2023", "2023-12-19"],
    ["not a date", undefined],
    ["12345", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("isoDayFromTimestamp(%j) = %s", (value, expected) => {
    expect(isoDayFromTimestamp(value)).toBe(expected);
  });
});
