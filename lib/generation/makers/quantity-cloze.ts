import { factIdOf, type CandidateMaker, type MadeCandidate } from "./types";

/** Named scores of quantity clozes ("… showing _____ containers …" → "more than 1,000"). */
export const QUANTITY_CLOZE_SCORES = {
  /** Figures in digits, percentages and money. */
  figure: 0.74,
  /** Small numbers in words ("three"): often incidental. "sixty-eight" is a figure. */
  word: 0.25,
  /** Four or more significant digits ("2,813 votes", "47.74"): a tally to look up, seldom one to remember. */
  exact: 0.6,
} as const;

/** Significant digits of a figure: 2,813 → 4, 130,000 → 2, 4.6 → 2. */
export function significantDigits(value: number): number {
  return String(Math.abs(value)).replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;
}

/**
 * Clozes over the quantities of a sentence, qualifier included ("more than 1,000"), the bare number accepted too.
 *
 * @example
 * quantityClozeMaker.make(ctx)[0].answer // "more than 1,000"
 */
export const quantityClozeMaker: CandidateMaker = {
  family: "quantity-cloze",
  scores: QUANTITY_CLOZE_SCORES,
  usableSentencesOnly: true,
  make({ info, attributions, cloze }) {
    const out: MadeCandidate[] = [];
    for (const q of info.quantities) {
      if (q.kind === "word" && q.value < 2) continue;
      // "Sambath Kanika, 30, is selling…": an age in an appositive is a side detail.
      if (/^,\s*$/.test(info.sentence.text.slice(0, q.start - info.sentence.start).slice(-2)) && /^\s*,/.test(info.sentence.text.slice(q.end - info.sentence.start)) && /^\d{1,3}$/.test(q.text)) continue;
      if (attributions.some((a) => q.start >= a.start && q.end <= a.end)) continue;
      const prompt = cloze(q);
      if (!prompt) continue;
      const aliases = [...new Set([q.qualifier ? q.core : "", q.core.replace(/(\d),\s+(\d)/g, "$1,$2")].filter((a) => a && a !== q.text))];
      out.push({
        kind: "cloze",
        prompt,
        answer: q.text,
        aliases,
        answerType: "number",
        factId: factIdOf(info, q.text),
        family: "quantity-cloze",
        score: (q.kind === "word" && q.value < 10 ? QUANTITY_CLOZE_SCORES.word : QUANTITY_CLOZE_SCORES.figure) * (significantDigits(q.value) >= 4 ? QUANTITY_CLOZE_SCORES.exact : 1),
        answerSpan: q,
        quantity: q,
      });
    }
    return out;
  },
};
