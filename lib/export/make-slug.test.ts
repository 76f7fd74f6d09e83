import { expect, test } from "vitest";
import { makeSlug } from "./make-slug";

test.each([
  ["North Korea–Russia Cooperation: What's Next?", "north-korea-russia-cooperation-what-s-next"],
  ["  Leading and trailing  ", "leading-and-trailing"],
  ["Café Zürich — Ça va", "cafe-zurich-ca-va"],
  ["Fed cuts rates to 0.25% in 2020", "fed-cuts-rates-to-0-25-in-2020"],
  ["北朝鮮とロシア", "北朝鮮とロシア"],
  ["Москва сегодня", "москва-сегодня"],
  ["!!!", "article"],
  ["", "article"],
  ["tab\tand\nnewline", "tab-and-newline"],
  ["<script>alert(1)</script>", "script-alert-1-script"],
])("%j → %s", (title, slug) => {
  expect(makeSlug(title)).toBe(slug);
});

test("a long title is cut at a word boundary, at most 60 characters", () => {
  const slug = makeSlug("The quick brown fox jumps over the lazy dog and then keeps running far away");
  expect(slug).toBe("the-quick-brown-fox-jumps-over-the-lazy-dog-and-then-keeps");
  expect(slug.length).toBeLessThanOrEqual(60);
});

test("a long word with no hyphen near the end is cut at 60 characters", () => {
  expect(makeSlug("a".repeat(10_000))).toBe("a".repeat(60));
});

test("a slug is never a valid Anki tag breaker: no spaces, no leading hyphen", () => {
  for (const title of ["- dash first", "  spaced   out  ", "a::b", "x\u00a0y"]) {
    expect(makeSlug(title)).toMatch(/^[^\s-][^\s]*$/u);
    expect(makeSlug(title)).not.toContain("::");
  }
});
