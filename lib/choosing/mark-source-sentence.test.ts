import { describe, expect, test } from "vitest";
import { locateSentence, markSourceSentence } from "./mark-source-sentence";

const TEXT = "First one. Second one.\nThird one.\n\nFourth.";

describe("locateSentence", () => {
  test.each([
    ["offsets that point at the sentence", { sentence: "Second one.", start: 11, end: 22 }, { start: 11, end: 22 }],
    ["stale offsets: found by its text", { sentence: "Third one.", start: 0, end: 10 }, { start: 23, end: 33 }],
    ["offsets out of range: found by its text", { sentence: "Fourth.", start: 900, end: 907 }, { start: 35, end: 42 }],
    ["a sentence not in the text", { sentence: "Fifth.", start: 0, end: 6 }, null],
    ["an empty sentence with bad offsets", { sentence: "", start: 5, end: 2 }, null],
  ])("%s", (_name, source, expected) => {
    expect(locateSentence(TEXT, source)).toEqual(expected);
  });
});

describe("markSourceSentence", () => {
  test.each([
    ["no span: every paragraph plain, blank lines dropped", null, [[{ text: "First one. Second one.", marked: false }], [{ text: "Third one.", marked: false }], [{ text: "Fourth.", marked: false }]]],
    [
      "a sentence inside a paragraph",
      { start: 11, end: 22 },
      [[{ text: "First one. ", marked: false }, { text: "Second one.", marked: true }], [{ text: "Third one.", marked: false }], [{ text: "Fourth.", marked: false }]],
    ],
    [
      "a whole paragraph",
      { start: 23, end: 33 },
      [[{ text: "First one. Second one.", marked: false }], [{ text: "Third one.", marked: true }], [{ text: "Fourth.", marked: false }]],
    ],
    [
      "a span across a line break marks both parts",
      { start: 11, end: 28 },
      [[{ text: "First one. ", marked: false }, { text: "Second one.", marked: true }], [{ text: "Third", marked: true }, { text: " one.", marked: false }], [{ text: "Fourth.", marked: false }]],
    ],
  ])("%s", (_name, span, expected) => {
    expect(markSourceSentence(TEXT, span)).toEqual(expected);
  });

  test("the pieces put back together are the text's lines", () => {
    const pieces = markSourceSentence(TEXT, { start: 3, end: 40 });
    expect(pieces.map((p) => p.map((x) => x.text).join(""))).toEqual(["First one. Second one.", "Third one.", "Fourth."]);
  });
});
