import { describe, expect, test } from "vitest";
import { classifyCard, type CardClassification } from "./classify-card";

const TITLE = "senior adversary analytics specialist at the Center for Naval Analyses";

describe("classifyCard", () => {
  test.each<[string, "cloze" | "question", string, string, CardClassification]>([
    [
      "who-is a person",
      "question",
      "Who is Ken Gause?",
      TITLE,
      { answerType: "title", relation: { kind: "person_title", person: "Ken Gause", title: TITLE } },
    ],
    [
      "who-is a title",
      "question",
      `Who is the ${TITLE}?`,
      "Ken Gause",
      { answerType: "person", relation: { kind: "person_title", person: "Ken Gause", title: TITLE } },
    ],
    [
      "when-question",
      "question",
      "When did North Korea claim that a satellite had taken photos of U.S. sites?",
      "November 28, 2023",
      {
        answerType: "date",
        relation: {
          kind: "event_date",
          event: "When did North Korea claim that a satellite had taken photos of U.S. sites?",
          date: "November 28, 2023",
        },
      },
    ],
    [
      "cloze with a date gap",
      "cloze",
      "North Korea launched the satellite on _____.",
      "Nov. 21",
      { answerType: "date", relation: { kind: "event_date", event: "North Korea launched the satellite on _____.", date: "Nov. 21" } },
    ],
    [
      "year answer to a when-question",
      "question",
      "When was the treaty signed?",
      "1953",
      { answerType: "year", relation: { kind: "event_date", event: "When was the treaty signed?", date: "1953" } },
    ],
    [
      "count",
      "question",
      "How many containers of military equipment left Najin, according to the White House images of October 13?",
      "more than 1,000",
      { answerType: "number", relation: null },
    ],
    ["cloze with a name", "cloze", "_____ said the launch failed.", "Kim Jong Un", { answerType: "name", relation: null }],
    ["cloze with a phrase", "cloze", "The satellite photographed _____.", "the White House", { answerType: "text", relation: null }],
    [
      "a capitalised title",
      "question",
      "Who is Wang Yi?",
      "Chinese Foreign Minister",
      { answerType: "title", relation: { kind: "person_title", person: "Wang Yi", title: "Chinese Foreign Minister" } },
    ],
    [
      "the reverse of a capitalised title",
      "question",
      "Who is the Chinese Foreign Minister?",
      "Wang Yi",
      { answerType: "person", relation: { kind: "person_title", person: "Wang Yi", title: "Chinese Foreign Minister" } },
    ],
    ["a who-is without a name is no pair", "question", "Who is Kim Jong Un's sister?", "Kim Yo Jong", { answerType: "name", relation: null }],
    ["a month", "cloze", "Previous launch attempts failed in May and _____.", "August", { answerType: "month", relation: null }],
    ["a place", "cloze", "Containers left from the port of _____.", "Najin", { answerType: "name", relation: null }],
    ["who-is in a cloze is no pair", "cloze", "Who is Ken Gause? _____", TITLE, { answerType: "text", relation: null }],
  ])("%s", (_label, kind, prompt, answer, expected) => {
    expect(classifyCard({ kind, prompt, answer })).toEqual(expected);
  });
});
