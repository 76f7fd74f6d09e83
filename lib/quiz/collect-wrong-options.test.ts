import { describe, expect, test } from "vitest";
import { collectWrongOptions, type WrongOptionSource } from "./collect-wrong-options";
import { createRng } from "./create-rng";

const src = (id: string, answer: string, answerType: WrongOptionSource["answerType"], distractors: string[] = [], aliases: string[] = []): WrongOptionSource => ({
  id, answer, aliases, distractors, answerType,
});

const POOL = [
  src("1", "Ken Gause", "name", ["Kim Yo Jong"], ["Gause"]),
  src("2", "Jo Yong Won", "name"),
  src("3", "Choe Son Hui", "name"),
  src("4", "November 28, 2023", "date"),
  src("5", "ken gause.", "name"),
];

describe("collectWrongOptions", () => {
  test.each<[string, WrongOptionSource, string[], string[]]>([
    ["own distractors first, then same-type answers", POOL[0], ["Kim Yo Jong"], ["Choe Son Hui", "Jo Yong Won", "Kim Yo Jong"]],
    [
      "never the answer, an alias or a duplicate",
      src("9", "Gause", "name", ["Ken Gause", "gause", "Kim Yo Jong", "Kim Yo Jong"]),
      ["Ken Gause", "Kim Yo Jong"],
      ["Choe Son Hui", "Jo Yong Won", "Ken Gause", "Kim Yo Jong"],
    ],
    ["nothing of another type", src("8", "November 21", "date"), [], ["November 28, 2023"]],
  ])("%s", (_label, card, ownFirst, all) => {
    const got = collectWrongOptions(card, POOL, createRng("fixed"));
    expect(got.slice(0, ownFirst.length)).toEqual(ownFirst);
    expect([...got].sort()).toEqual(all);
  });

  test("borrows only up to the limit, but keeps every own distractor", () => {
    const many = Array.from({ length: 50 }, (_, i) => src(`m${i}`, `Person ${i}`, "name"));
    expect(collectWrongOptions(src("x", "Someone", "name"), many, createRng("s"), 4)).toHaveLength(4);
    expect(collectWrongOptions(src("x", "Someone", "name", ["A B", "C D", "E F"]), many, createRng("s"), 2)).toEqual(["A B", "C D", "E F"]);
  });

  test("is deterministic per seed", () => {
    const a = collectWrongOptions(src("x", "Someone", "name"), POOL, createRng("s1"));
    const b = collectWrongOptions(src("x", "Someone", "name"), POOL, createRng("s1"));
    expect(a).toEqual(b);
  });
});
