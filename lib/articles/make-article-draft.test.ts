import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { makeArticleDraft, type FoundArticle } from "./make-article-draft";

const NOW = new Date("2024-01-10T12:00:00Z");
const BODY = "The council voted on Tuesday to repair the old bridge.";

describe("makeArticleDraft", () => {
  test.each<[string, FoundArticle, boolean, Partial<ReturnType<typeof makeArticleDraft>>]>([
    ["plain text: head lines become fields and leave the text", { text: `Bridge vote\nBy Ann Lee\nDecember 19, 2023\n${BODY}` }, true, { title: "Bridge vote", byline: "Ann Lee", publishedAt: "2023-12-19", text: BODY }],
    ["the source's own metadata wins", { text: `Bridge vote\nDecember 19, 2023\n${BODY}`, title: "From metadata", publishedAt: "2023-12-01" }, true, { title: "From metadata", publishedAt: "2023-12-01", text: BODY }],
    ["HTML text is kept whole; a dateline still gives the date", { text: `WASHINGTON, Dec. 18 (Reuters) - ${BODY}`, title: "T", sourceUrl: "https://x.test/a" }, false, { publishedAt: "2023-12-18", text: `WASHINGTON, Dec. 18 (Reuters) - ${BODY}`, sourceUrl: "https://x.test/a" }],
    ["no title anywhere leaves it for the reader", { text: BODY }, true, { title: "", publishedAt: "", byline: "", sourceUrl: "" }],
    ["a title of 10,000 characters is cut to 300", { text: BODY, title: "x".repeat(10_000) }, false, { title: `${"x".repeat(299)}…` }],
  ])("%s", (_name, found, plain, expected) => {
    expect(makeArticleDraft(found, { plain }, NOW)).toMatchObject(expected);
  });

  test.each<[string, string, RegExp]>([
    ["empty", "  \n ", /No article text/],
    ["too long", "word ".repeat(41_000), /limit is 200,000/],
  ])("refuses text that is %s", (_name, text, message) => {
    expect(() => makeArticleDraft({ text }, { plain: true }, NOW)).toThrow(AppError);
    expect(() => makeArticleDraft({ text }, { plain: true }, NOW)).toThrow(message);
  });
});
