import { describe, expect, test } from "vitest";
import { reflowPdfText } from "./reflow-pdf-text";

describe("reflowPdfText", () => {
  test.each<[string, string[], string]>([
    [
      "a title, then a paragraph over three lines",
      ["Ferry adds crossings\nThe Pell Island ferry will run three crossings\na day through the winter for the first time, the\nauthority said."],
      "Ferry adds crossings\n\nThe Pell Island ferry will run three crossings a day through the winter for the first time, the authority said.",
    ],
    ["a sentence end closes a paragraph", ["One full line of text that ends a sentence here.\nAnother full line of text that ends its own one."], "One full line of text that ends a sentence here.\n\nAnother full line of text that ends its own one."],
    ["a word broken by a hyphen is joined", ["The authority's director said the new vessel is power-\nful and quick, and it carries many passengers."], "The authority's director said the new vessel is powerful and quick, and it carries many passengers."],
    ["empty lines and pages separate paragraphs", ["First.\n\nSecond.", "Third."], "First.\n\nSecond.\n\nThird."],
    ["no text", ["", "  \n "], ""],
  ])("%s", (_name, pages, expected) => {
    expect(reflowPdfText(pages)).toBe(expected);
  });
});
