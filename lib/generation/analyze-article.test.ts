import { describe, expect, it } from "vitest";
import { analyzeArticle, withContraction } from "./analyze-article";
import { renderPrompt } from "./render-prompt";

describe("withContraction", () => {
  it.each<[string, string, { text: string; cut: number } | undefined]>([
    [" will compete.", "Thomas Deaton", { text: "Thomas Deaton", cut: 0 }],
    ["’ll take part in wheelchair rugby.", "Thomas Deaton", { text: "Thomas Deaton will", cut: 3 }],
    ["'ve trained hard.", "Jane Roe", { text: "Jane Roe have", cut: 3 }],
    // "’s" is "is" or "has", "’d" is "had" or "would": left unresolved rather than guessed.
    ["’s been there.", "Jane Roe", undefined],
    ["’d gone home.", "Jane Roe", undefined],
  ])("%s", (rest, name, expected) => {
    expect(withContraction(rest, name)).toEqual(expected);
  });
});

describe("analyzeArticle pronouns", () => {
  it("puts the name in the place of a contracted pronoun", () => {
    const article = analyzeArticle("Air Force Veteran Thomas Deaton trains daily. Having competed in 2025, he’ll take part in archery.", undefined);
    const second = article.infos[1];
    expect(second.replacements.map((r) => [second.sentence.text.slice(r.start - second.sentence.start, r.end - second.sentence.start), r.text])).toContainEqual(["he’ll", "Thomas Deaton will"]);
  });

  it("leaves a pronoun whose person the same prompt names, and writes the name in where that name is cut", () => {
    const article = analyzeArticle("Air Force Veteran Thomas Deaton trains daily. When Deaton first went to the Games, he borrowed gear.", undefined);
    const second = article.infos[1];
    expect(renderPrompt(second)).toBe("When Deaton first went to the Games, he borrowed gear.");
    const clause = second.sentence.text.indexOf("he borrowed");
    expect(renderPrompt(second, { from: second.sentence.start + clause })).toBe("Thomas Deaton borrowed gear.");
  });

  it("writes out a short name the article gave in full, and a possessive relative year", () => {
    const article = analyzeArticle("He competed at the Warrior Games in May. He trains for the Games with the Bureau. Next year’s Games open in May.", new Date("2025-11-01T12:00:00Z"));
    expect(renderPrompt(article.infos[1])).toBe("He trains for the Warrior Games with the Bureau.");
    expect(renderPrompt(article.infos[2])).toBe("2026’s Games open in May.");
  });
});
