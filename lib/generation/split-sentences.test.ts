import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences";

describe("splitSentences", () => {
  it.each<[string, string, string[]]>([
    ["abbreviations", "The U.S. and the U.N. met at 10 p.m. on Monday. George W. Bush spoke.", ["The U.S. and the U.N. met at 10 p.m. on Monday.", "George W. Bush spoke."]],
    ["a Roman numeral after a war", "He served in World War I. Lambert was a researcher.", ["He served in World War I.", "Lambert was a researcher."]],
    ["paragraph breaks end sentences", "Kim visited Russia\nPutin met him.", ["Putin met him."]],
    ["headings are dropped", "Controversial mission\n\nThe launch failed in May.", ["The launch failed in May."]],
    ["a dateline line is dropped", "ACCRA —\nGhana announced the results.", ["Ghana announced the results."]],
    ["quotes stay whole", "“We fear this,” she said. He agreed.", ["“We fear this,” she said.", "He agreed."]],
  ])("%s", (_name, text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("flags sentences wholly inside a quotation without a speaker", () => {
    const sentences = splitSentences("“It is a tough group. We expect to win.”\nClint Dempsey is the captain.");
    expect(sentences.map((s) => s.speakerless)).toEqual([true, true, false]);
  });
});
