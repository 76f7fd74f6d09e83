import { describe, expect, test } from "vitest";
import { ZMakeCardSchema } from "../validations/make-card";
import { buildOwnCard } from "./build-own-card";

const TEXT = "Kim met Putin in Vostochny.\nKim met Putin in Vostochny again, officials said.";
const base = { articleId: "a1", kind: "cloze", sentence: "Kim met Putin in Vostochny.", answer: "Vostochny", question: "" };
const parse = (over: Record<string, unknown>) => ZMakeCardSchema.safeParse({ ...base, ...over });
const errorsOf = (over: Record<string, unknown>) => {
  const r = parse(over);
  const out: Record<string, string> = {};
  // The first message of each field, as the form shows it (fieldErrors).
  if (!r.success) for (const i of r.error.issues) out[String(i.path[0])] ??= i.message;
  return out;
};

describe("ZMakeCardSchema", () => {
  test.each([
    { name: "a cloze", over: {} },
    { name: "a question", over: { kind: "question", question: "Where did Kim meet Putin?", answer: "Vostochny" } },
    { name: "offsets as form strings", over: { sentenceStart: "0", answerStart: "17" } },
    { name: "empty offsets are no hint", over: { sentenceStart: "", answerStart: "" } },
  ])("accepts $name", ({ over }) => {
    expect(parse(over).success).toBe(true);
  });

  test.each([
    { name: "an empty answer", over: { answer: "   " }, field: "answer", message: /cannot be empty/ },
    { name: "a long answer", over: { answer: "x".repeat(81) }, field: "answer", message: /short/ },
    { name: "cloze words not in the sentence", over: { answer: "Moscow" }, field: "answer", message: /whole words of the sentence/ },
    { name: "cloze words inside a word", over: { answer: "stoch" }, field: "answer", message: /whole words/ },
    { name: "blanking nearly everything", over: { sentence: "Kim met Putin.", answer: "met Putin" }, field: "answer", message: /Blank fewer/ },
    { name: "a question without its question", over: { kind: "question" }, field: "question", message: /Write the question/ },
    { name: "a question that holds its answer", over: { kind: "question", question: "Was it Vostochny?" }, field: "question", message: /gives its answer away/ },
    { name: "a question with a blank", over: { kind: "question", question: "Kim met _____?" }, field: "question", message: /no blank/ },
    { name: "no kind", over: { kind: "essay" }, field: "kind", message: /cloze or a question/ },
    { name: "an empty sentence", over: { sentence: "" }, field: "sentence", message: /Select or paste/ },
    { name: "a sentence of two words", over: { sentence: "Vostochny, indeed.", answer: "indeed" }, field: "sentence", message: /three words/ },
    { name: "a huge passage", over: { sentence: "word ".repeat(300) }, field: "sentence", message: /under 1000/ },
    { name: "a negative offset", over: { sentenceStart: "-1" }, field: "sentenceStart", message: /position/ },
  ])("refuses $name", ({ over, field, message }) => {
    expect(errorsOf(over)[field]).toMatch(message);
  });
});

describe("buildOwnCard", () => {
  const build = (over: Record<string, unknown>, text = TEXT) => buildOwnCard(text, ZMakeCardSchema.parse({ ...base, ...over }), "u1");

  test("a cloze blanks the chosen words in the text's own sentence", () => {
    expect(build({})).toEqual({
      ok: true,
      card: { kind: "cloze", prompt: "Kim met Putin in _____.", answer: "Vostochny", sourceSentence: "Kim met Putin in Vostochny.", sourceStart: 0, sourceEnd: 27, factKey: expect.stringMatching(/^own:u1:0:[0-9a-f]{8}$/) },
    });
  });

  test("the hints choose between repeated sentences and words", () => {
    const r = build({ sentence: "Kim met Putin in Vostochny again, officials said.", sentenceStart: "28", answer: "Kim", answerStart: "0" });
    expect(r.ok && r.card).toMatchObject({ sourceStart: 28, sourceEnd: 77, prompt: "_____ met Putin in Vostochny again, officials said." });
  });

  test("white space may differ: the stored sentence is the text's", () => {
    const r = build({ sentence: "Kim  met Putin\tin Vostochny." }, "Intro.\nKim met Putin\nin Vostochny.");
    expect(r.ok && r.card).toMatchObject({ sourceSentence: "Kim met Putin\nin Vostochny.", sourceStart: 7, prompt: "Kim met Putin in _____." });
  });

  test("a question keeps its wording", () => {
    const r = build({ kind: "question", question: "Where did Kim meet Putin?" });
    expect(r.ok && r.card).toMatchObject({ kind: "question", prompt: "Where did Kim meet Putin?", answer: "Vostochny", sourceStart: 0 });
  });

  test("a passage the text does not hold is refused", () => {
    expect(build({ sentence: "Kim met Putin in Moscow, Vostochny." })).toEqual({ ok: false, errors: { sentence: expect.stringMatching(/not in the article's text/) } });
  });

  test("the same card gets the same key; another card or reader another", () => {
    const a = build({});
    const b = build({ answer: "Putin" });
    const other = buildOwnCard(TEXT, ZMakeCardSchema.parse(base), "u2");
    expect(a.ok && b.ok && other.ok).toBe(true);
    if (!a.ok || !b.ok || !other.ok) return;
    expect(build({}).ok && (build({}) as typeof a).card.factKey).toBe(a.card.factKey);
    expect(b.card.factKey).not.toBe(a.card.factKey);
    expect(other.card.factKey).not.toBe(a.card.factKey);
  });
});
