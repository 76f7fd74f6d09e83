import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { sentenceCentrality } from "./sentence-centrality";

describe("sentenceCentrality", () => {
  it("ranks a sentence about the article's subject above an incidental one, in [0, 1]", () => {
    const article = analyzeArticle(
      [
        "The city marathon drew a record field of runners this spring.",
        "Runners in the marathon crossed three bridges on the course.",
        "The marathon course record fell to a runner from Ethiopia.",
        "A bakery on Main Street sold bread to spectators.",
      ].join(" "),
      undefined,
    );
    const c = sentenceCentrality(article);
    expect(c).toHaveLength(4);
    expect(Math.max(...c)).toBe(1);
    expect(c.every((x) => x >= 0 && x <= 1)).toBe(true);
    expect(c[3]).toBeLessThan(c[0]);
    expect(c[3]).toBeLessThan(c[1]);
  });

  it("gives 0 to every sentence of an article whose sentences share no word", () => {
    expect(sentenceCentrality(analyzeArticle("Pyongyang launched rockets. Bakers knead dough.", undefined))).toEqual([0, 0]);
  });
});
