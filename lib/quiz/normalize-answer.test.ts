import { describe, expect, test } from "vitest";
import { normalizeAnswer } from "./normalize-answer";

describe("normalizeAnswer", () => {
  test.each([
    ["Ken Gause", "ken gause"],
    ["  KEN   gause  ", "ken gause"],
    ["The Center for Naval Analyses", "center for naval analyses"],
    ["specialist at the Center", "specialist at center"],
    ["an apple", "apple"],
    ["The", "the"],
    ["U.S. sites", "us sites"],
    ["Nov. 28", "nov 28"],
    ["1,000", "1000"],
    ["1,000,000", "1000000"],
    ["more than 1,000", "more than 1000"],
    ["3.5 percent", "3.5 percent"],
    ["3.5%", "3.5 percent"],
    ["three ships", "3 ships"],
    ["Señor Müller", "senor muller"],
    ["Kim Jong-un", "kim jong un"],
    ["Pyongyang’s", "pyongyangs"],
    ["Rock & Roll", "rock and roll"],
    ["November 28, 2023", "november 28 2023"],
    ["Hwasong-18", "hwasong 18"],
    ["Hwasong18", "hwasong 18"],
    ["F16", "f 16"],
    ["28th", "28"],
    ["the 1st", "1"],
    ["1\u00a0000", "1000"],
    ["!!!", ""],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });
});
