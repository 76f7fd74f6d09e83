import { describe, expect, test } from "vitest";
import { draftCardFromSelection } from "./draft-card-from-selection";

const TEXT = "SEOUL — Kim met Putin in Vostochny on Wednesday. They talked for four hours.\nA Heading\nThe U.S. said little.";
const at = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  return { start, end: start + s.length };
};

describe("draftCardFromSelection", () => {
  test.each([
    { name: "a word: its sentence, the word to blank", sel: at("Vostochny"), want: { sentence: "Kim met Putin in Vostochny on Wednesday.", sentenceStart: 8, answer: "Vostochny", answerStart: 17 } },
    { name: "part of a word widens to the word", sel: at("stoch"), want: { sentence: "Kim met Putin in Vostochny on Wednesday.", sentenceStart: 8, answer: "Vostochny", answerStart: 17 } },
    { name: "trailing punctuation and space dropped", sel: at(" four hours."), want: { sentence: "They talked for four hours.", sentenceStart: 49, answer: "four hours", answerStart: 16 } },
    { name: "a whole sentence: no words to blank", sel: at("They talked for four hours."), want: { sentence: "They talked for four hours.", sentenceStart: 49, answer: "" } },
    { name: "across two sentences: both, nothing to blank", sel: at("Wednesday. They"), want: { sentence: "Kim met Putin in Vostochny on Wednesday. They talked for four hours.", sentenceStart: 8, answer: "" } },
    { name: "a heading: its line", sel: at("Heading"), want: { sentence: "A Heading", sentenceStart: 77, answer: "Heading", answerStart: 2 } },
    { name: "an abbreviation stays in its sentence", sel: at("said"), want: { sentence: "The U.S. said little.", sentenceStart: 87, answer: "said", answerStart: 9 } },
  ])("$name", ({ sel, want }) => {
    const draft = draftCardFromSelection(TEXT, sel);
    expect(draft).toEqual(want);
    expect(TEXT.slice(draft!.sentenceStart, draft!.sentenceStart + draft!.sentence.length)).toBe(draft!.sentence);
    if (draft!.answerStart !== undefined) expect(draft!.sentence.slice(draft!.answerStart, draft!.answerStart + draft!.answer.length)).toBe(draft!.answer);
  });

  test.each([
    { name: "empty", sel: { start: 5, end: 5 } },
    { name: "only white space", sel: at(" ", 10) },
    { name: "out of range", sel: { start: 500, end: 600 } },
  ])("no draft: $name", ({ sel }) => {
    expect(draftCardFromSelection(TEXT, sel)).toBeNull();
  });

  test("a backwards selection reads as forwards", () => {
    const { start, end } = at("Putin");
    expect(draftCardFromSelection(TEXT, { start: end, end: start })?.answer).toBe("Putin");
  });
});
