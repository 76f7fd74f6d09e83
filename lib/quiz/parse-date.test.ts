import { describe, expect, test } from "vitest";
import { parseDate } from "./parse-date";

describe("parseDate", () => {
  test.each([
    ["November 28, 2023", { month: 11, day: 28, year: 2023 }],
    ["Nov. 28", { month: 11, day: 28 }],
    ["Nov 28", { month: 11, day: 28 }],
    ["November 28", { month: 11, day: 28 }],
    ["28 November", { month: 11, day: 28 }],
    ["28 Nov. 2023", { month: 11, day: 28, year: 2023 }],
    ["the 28th of November", { month: 11, day: 28 }],
    ["on Tuesday, Nov. 28", { month: 11, day: 28 }],
    ["Sept. 5", { month: 9, day: 5 }],
    ["November 2023", { month: 11, year: 2023 }],
    ["2023-11-28", { month: 11, day: 28, year: 2023 }],
    ["11/28/2023", { month: 11, day: 28, year: 2023 }],
    ["28/11/23", { month: 11, day: 28, year: 2023 }],
    ["FEBRUARY 3rd", { month: 2, day: 3 }],
  ])("%j → %j", (input, expected) => {
    expect(parseDate(input)).toEqual(expected);
  });

  test.each([
    ["May"],
    ["November 28 attack"],
    ["more than 1,000"],
    ["February 30"],
    ["13/13/2023"],
    ["2023"],
    ["Ken Gause"],
    [""],
    ["28 2023 November"],
  ])("%j is not a date", (input) => {
    expect(parseDate(input)).toBeNull();
  });
});
