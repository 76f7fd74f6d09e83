import { describe, expect, it } from "vitest";
import { MAX_TEXT_LENGTH, normalizeText } from "./normalize-text";

describe("normalizeText", () => {
  it.each<[string, unknown, RegExp]>([
    ["empty", "", /empty/],
    ["whitespace", " \n\t  ", /empty/],
    ["not a string", 42, /not a string/],
    ["too long", "a ".repeat(MAX_TEXT_LENGTH), /too long/],
    ["binary", "PK\u0003\u0004\u0000\u0000binary", /binary/],
    ["another language (French)", "Le gouvernement a annoncé mardi une nouvelle réforme des retraites qui sera présentée au parlement dans les prochaines semaines, selon le ministre.", /English/],
    ["another script (Korean)", "북한은 월요일 대륙간탄도미사일을 발사했다고 합동참모본부가 밝혔다. 이는 올해 다섯 번째 발사이다. 전문가들은 우려를 표명했다.", /English/],
  ])("refuses %s", (_name, input, reason) => {
    const result = normalizeText(input);
    expect(result.reason).toMatch(reason);
  });

  it("keeps plain text unchanged so offsets point into the caller's text", () => {
    const text = "  North Korea on Monday conducted a test.\r\n\r\nIt was the fifth.  ";
    expect(normalizeText(text)).toEqual({ text, fromHtml: false });
  });

  it("strips HTML with a parser, dropping script and style", () => {
    const html = "<html><head><style>p{color:red}</style></head><body><h1>Title</h1><p>Kim visited Russia in September.</p><script>alert('x')</script><p>Putin met him &amp; talked.</p></body></html>";
    const result = normalizeText(html);
    expect(result.reason).toBeUndefined();
    expect(result.fromHtml).toBe(true);
    expect(result.text).toContain("Kim visited Russia in September.");
    expect(result.text).toContain("Putin met him & talked.");
    expect(result.text).not.toMatch(/alert|color:red|<p>/);
  });
});
