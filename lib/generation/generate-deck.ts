import * as chrono from "chrono-node";
import { analyzeArticle } from "./analyze-article";
import { buildCandidates } from "./build-candidates";
import { checkCard } from "./check-card";
import { makeFactKey } from "./make-fact-key";
import { normalizeText } from "./normalize-text";
import { pickDistractors } from "./pick-distractors";
import { selectDeck } from "./select-deck";
import type { Candidate, GenerateDeckInput, GenerateDeckResult, GeneratedCard } from "./types";

/**
 * Turns an article into a ranked deck of cloze and question cards. Pure and deterministic: the same input gives
 * the same deck; relative dates are resolved against `publishedAt` (or a dateline in the text), never the clock.
 * Bad input (empty, too long, binary, not English, no sentences) gives an empty deck and a `reason`; it never throws.
 * Pipeline: normalize → split → analyse (entities, dates, numbers, titles, pronouns) → overgenerate candidates →
 * score and select (the deck, then suggestions) → distractors → final check (cards breaking a deck rule are dropped).
 * Cards come deck first, then suggestions (`suggested: true`), each best first.
 *
 * @example
 * const { cards } = generateDeck({ text, title: "North Korea–Russia cooperation", publishedAt: new Date("2023-12-19") });
 * cards[0] // { kind: "question", prompt: "Who is Ken Gause?", answer: "senior adversary analytics specialist …", … }
 */
export function generateDeck(input: GenerateDeckInput, options: { skipFinalCheck?: boolean; strict?: boolean } = {}): GenerateDeckResult {
  try {
    const normalized = normalizeText(input?.text);
    if (normalized.reason) return { cards: [], reason: normalized.reason };
    const text = normalized.text;
    const publishedAt = validDate(input.publishedAt) ?? datelineDate(text);
    const article = analyzeArticle(text, publishedAt);
    if (article.infos.length === 0) return { cards: [], reason: "No sentences were found in the text." };
    const title = typeof input.title === "string" ? input.title : "";
    const { deck, suggestions } = selectDeck(buildCandidates(article, title), article);
    const toCard = (c: Candidate, suggested: boolean): GeneratedCard => ({
      kind: c.kind,
      prompt: c.prompt,
      answer: c.answer,
      aliases: [...new Set(c.aliases.filter((a) => a && a.toLowerCase() !== c.answer.toLowerCase()))],
      distractors: pickDistractors(c, article.index),
      source: { sentence: c.sentence.text, start: c.sentence.start, end: c.sentence.end },
      // The direction names of who-is cards predate the card families; they keep existing readers' fact keys.
      factKey: makeFactKey(c.answerType, c.sentence.text, c.answer, c.family === "title-holder" ? "rev" : c.family === "who-is" ? "fwd" : "fact"),
      score: c.score,
      suggested,
    });
    const cards = [...deck.map((c) => toCard(c, false)), ...suggestions.map((c) => toCard(c, true))];
    const seen = new Set<string>();
    const kept = cards.filter((card) => {
      if (seen.has(card.factKey)) return false;
      seen.add(card.factKey);
      return options.skipFinalCheck || checkCard(card, text).length === 0;
    });
    if (!kept.some((c) => !c.suggested)) return { cards: [], reason: "No facts suitable for cards were found in the text." };
    return { cards: kept };
  } catch (error) {
    // Tests run strict, so that a bug surfaces as a failure instead of a polite reason.
    if (options.strict) throw error;
    return { cards: [], reason: `Card generation failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function validDate(d: unknown): Date | undefined {
  return d instanceof Date && !Number.isNaN(d.getTime()) ? d : undefined;
}

/** A first line like "Manila (AFP) Aug 6, 2023" dates the article. */
function datelineDate(text: string): Date | undefined {
  const firstLine = text.split(/\n/).find((l) => l.trim().length > 0) ?? "";
  if (firstLine.length > 80 || /[.!?]["”]?\s*$/.test(firstLine.trim()) && !/\d{4}\.?$/.test(firstLine.trim())) return undefined;
  const r = chrono.parse(firstLine, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!r || !r.start.isCertain("day") || !r.start.isCertain("month") || !r.start.isCertain("year")) return undefined;
  return new Date(Date.UTC(r.start.get("year") ?? 2000, (r.start.get("month") ?? 1) - 1, r.start.get("day") ?? 1, 12));
}
