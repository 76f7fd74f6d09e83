import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCard } from "./check-card";
import { generateDeck } from "./generate-deck";
import { normalizeText } from "./normalize-text";
import { GAP } from "./render-prompt";
import type { GeneratedCard } from "./types";

const SEED = readFileSync(new URL("./eval/articles/nk-russia-cooperation.txt", import.meta.url), "utf8");
const SENTENCES = SEED.split(/(?<=[.!?”"])\s+/);

/** Structural invariants every card keeps, whatever the input. */
function assertInvariants(cards: GeneratedCard[], text: string): void {
  const keys = new Set<string>();
  for (const card of cards) {
    expect(["cloze", "question"]).toContain(card.kind);
    expect(text.slice(card.source.start, card.source.end)).toBe(card.source.sentence);
    if (card.kind === "cloze") expect(card.prompt.split(GAP).length).toBe(2);
    else expect(card.prompt.includes(GAP)).toBe(false);
    expect(card.answer.trim().length).toBeGreaterThan(0);
    expect(card.distractors.length).toBeLessThanOrEqual(3);
    expect(card.distractors).not.toContain(card.answer);
    expect(card.score).toBeGreaterThanOrEqual(0);
    expect(card.score).toBeLessThanOrEqual(1);
    expect(keys.has(card.factKey)).toBe(false);
    keys.add(card.factKey);
    const hard = checkCard(card, text).filter((f) => f === "bad-shape" || f === "gap-count" || f === "offsets" || f === "bad-distractors");
    expect(hard).toEqual([]);
  }
}

const mangle = fc.oneof(
  fc.constant((s: string) => s),
  fc.constant((s: string) => s.toUpperCase()),
  fc.constant((s: string) => s.replace(/[.,]/g, "")),
  fc.constant((s: string) => s.replace(/ /g, "\n")),
  fc.constant((s: string) => `<p>${s}</p><script>alert(1)</script>`),
  fc.constant((s: string) => s.replace(/[aeiou]/g, "")),
  fc.constant((s: string) => `“${s}`),
  fc.constant((s: string) => s.split("").reverse().join("")),
);

describe("generateDeck properties", () => {
  it("never throws on arbitrary strings and keeps its invariants", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = generateDeck({ text }, { strict: true });
        expect(Array.isArray(result.cards)).toBe(true);
        if (result.cards.length === 0) expect(typeof result.reason).toBe("string");
        assertInvariants(result.cards, text);
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on mangled news text (shuffled, cut, marked up) and keeps its invariants", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(SENTENCES, { minLength: 1, maxLength: 10 }),
        fc.array(mangle, { minLength: 1, maxLength: 3 }),
        fc.option(fc.date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })),
        (sentences, mangles, date) => {
          let text = sentences.join(" ");
          for (const m of mangles) text = m(text);
          const result = generateDeck({ text, publishedAt: date ?? undefined }, { strict: true });
          // For HTML input the offsets point into the extracted text.
          assertInvariants(result.cards, normalizeText(text).text || text);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("handles unicode, control characters and odd dates without throwing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.oneof(fc.constant(new Date(Number.NaN)), fc.date()), (text, date) => {
        expect(() => generateDeck({ text, publishedAt: date }, { strict: true })).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});
