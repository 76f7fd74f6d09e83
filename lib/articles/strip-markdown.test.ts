import { describe, expect, test } from "vitest";
import { stripMarkdown } from "./strip-markdown";

describe("stripMarkdown", () => {
  test.each<[string, string, string]>([
    ["headings and paragraphs", "# Bridge reopens\n\nThe bridge reopened.\n\n## Costs\nIt cost $4 million.", "Bridge reopens\n\nThe bridge reopened.\n\nCosts\n\nIt cost $4 million."],
    ["setext headings", "Bridge reopens\n==============\n\nThe bridge reopened.", "Bridge reopens\n\nThe bridge reopened."],
    ["emphasis and strong", "The *old* bridge and the __new__ one, ***both***.", "The old bridge and the new one, both."],
    ["links keep their text, lose the address", "Read [the report](https://example.test/r \"Report\") and <https://example.test>.", "Read the report and https://example.test."],
    ["reference links and definitions", "See [the report][r].\n\n[r]: https://example.test/r", "See the report."],
    ["images go", "Before ![a map of the river](map.png) after.", "Before after."],
    ["lists become lines", "Costs:\n\n- steel\n- labour, *mostly*\n\n1. first\n2. second", "Costs:\n\nsteel\nlabour, mostly\n\nfirst\nsecond"],
    ["blockquotes keep their words", "> The bridge is safe, the mayor said.", "The bridge is safe, the mayor said."],
    ["code blocks and raw HTML go, inline code stays", "Run `make`.\n\n```\nrm -rf /\n```\n\n<div>hidden</div>\n\nEnd.", "Run make.\n\nEnd."],
    ["a thematic break goes", "One.\n\n---\n\nTwo.", "One.\n\nTwo."],
    ["arithmetic is not emphasis", "It rose 5 * 3 times, from 2*3 units.", "It rose 5 * 3 times, from 2*3 units."],
    ["escaped characters", "A \\*literal\\* star and 1\\. not a list.", "A *literal* star and 1. not a list."],
    ["hard breaks", "Line one  \nline two", "Line one\nline two"],
    ["an empty file", "", ""],
  ])("%s", (_name, markdown, expected) => {
    expect(stripMarkdown(markdown).text).toBe(expected);
  });

  test.each<[string, string | undefined, string | undefined, string]>([
    ["---\ntitle: \"Bridge reopens\"\ndate: 2023-12-19T08:00:00Z\n---\nThe bridge reopened.", "Bridge reopens", "2023-12-19", "The bridge reopened."],
    ["---\ntitle: Bridge\npublished: December 19, 2023\n---\n\nText.", "Bridge", "2023-12-19", "Text."],
    ["---\nauthor: me\n---\nText.", undefined, undefined, "Text."],
    ["No front matter.\n\n---\n\nMore.", undefined, undefined, "No front matter.\n\nMore."],
  ])("front matter of %j", (markdown, title, publishedAt, text) => {
    expect(stripMarkdown(markdown)).toEqual({ text, ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}) });
  });
});
