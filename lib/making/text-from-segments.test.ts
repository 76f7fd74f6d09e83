import { describe, expect, test } from "vitest";
import { buildMemoryMap } from "../progress/build-memory-map";
import { textFromSegments } from "./text-from-segments";

const NOW = new Date("2024-03-01T12:00:00Z");

describe("textFromSegments", () => {
  test.each([
    { name: "one paragraph", text: "Kim met Putin. They talked." },
    { name: "paragraphs", text: "Kim met Putin.\nThey talked." },
    { name: "blank lines between", text: "Kim met Putin.\n\n  \nThey talked." },
    { name: "carriage returns", text: "Kim met Putin.\r\nThey talked." },
  ])("gives back the text, offsets intact: $name", ({ text }) => {
    const card = { id: "a", prompt: "Q", answer: "A", sourceSentence: "They talked.", sourceStart: text.indexOf("They"), sourceEnd: text.length, fsrs: { state: 0, stability: 0, last_review: undefined, due: NOW }, suspended: false };
    const map = buildMemoryMap(text, [card], NOW);
    const back = textFromSegments(map.paragraphs);
    expect(back.length).toBe(text.length);
    for (const s of map.paragraphs.flat()) expect(back.slice(s.start, s.start + s.text.length)).toBe(s.text);
    expect(back.replace(/\s+/g, " ")).toBe(text.replace(/\s+/g, " "));
  });
});
