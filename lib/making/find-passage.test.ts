import { describe, expect, test } from "vitest";
import { findAnswer } from "./find-answer";
import { findPassage } from "./find-passage";

const TEXT = "Kim met Putin in Vostochny.\nThey  talked for hours. Kim met Putin in Vostochny.";

describe("findPassage", () => {
  test.each([
    { name: "exact", passage: "They  talked for hours.", hint: undefined, want: { start: 28, end: 51 } },
    { name: "other white space", passage: " They talked\nfor hours. ", hint: undefined, want: { start: 28, end: 51 } },
    { name: "across a line break", passage: "Vostochny. They talked", hint: undefined, want: { start: 17, end: 40 } },
    { name: "repeated: the first without a hint", passage: "Kim met Putin in Vostochny.", hint: undefined, want: { start: 0, end: 27 } },
    { name: "repeated: the one at the hint", passage: "Kim met Putin in Vostochny.", hint: 52, want: { start: 52, end: 79 } },
    { name: "a wrong hint falls back to the first", passage: "Kim met Putin in Vostochny.", hint: 3, want: { start: 0, end: 27 } },
    { name: "regex characters are literal", passage: "Putin in (Vostochny)", hint: undefined, want: null },
    { name: "not in the text", passage: "Kim met Xi.", hint: undefined, want: null },
    { name: "blank", passage: "  ", hint: undefined, want: null },
  ])("$name", ({ passage, hint, want }) => {
    expect(findPassage(TEXT, passage, hint)).toEqual(want);
  });
});

describe("findAnswer", () => {
  test.each([
    { name: "a whole word", sentence: "The art of starting.", answer: "art", hint: undefined, want: { start: 4, end: 7 } },
    { name: "never inside a word", sentence: "Starting the start.", answer: "art", hint: undefined, want: null },
    { name: "a figure with its sign", sentence: "It cost $4 million.", answer: "$4 million", hint: undefined, want: { start: 8, end: 18 } },
    { name: "repeated: the one at the hint", sentence: "Kim saw Kim.", answer: "Kim", hint: 8, want: { start: 8, end: 11 } },
    { name: "repeated: the first without a hint", sentence: "Kim saw Kim.", answer: "Kim", hint: undefined, want: { start: 0, end: 3 } },
    { name: "case matters", sentence: "Kim saw Kim.", answer: "kim", hint: undefined, want: null },
    { name: "empty", sentence: "Kim saw Kim.", answer: "", hint: undefined, want: null },
  ])("$name", ({ sentence, answer, hint, want }) => {
    expect(findAnswer(sentence, answer, hint)).toEqual(want);
  });
});
