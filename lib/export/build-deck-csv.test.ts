import { expect, test } from "vitest";
import { buildDeckCsv } from "./build-deck-csv";

const card = (prompt: string, answer: string, sourceSentence: string) => ({ id: "c", prompt, answer, sourceSentence, suspended: false });

test.each([
  ["an empty deck is its header", [], "prompt,answer,source_sentence,article_title,tags\r\n"],
  [
    "a cloze keeps its blank",
    [card("Kim met Putin in _____.", "Vostochny", "Kim met Putin in Vostochny.")],
    "prompt,answer,source_sentence,article_title,tags\r\nKim met Putin in _____.,Vostochny,Kim met Putin in Vostochny.,\"Budget, 2024\",newsdeck budget-2024\r\n",
  ],
  [
    "quotes, commas and line breaks are quoted",
    [card('What did he call it, "a deal"?', "yes", "Line one\nline two")],
    'prompt,answer,source_sentence,article_title,tags\r\n"What did he call it, ""a deal""?",yes,"Line one\nline two","Budget, 2024",newsdeck budget-2024\r\n',
  ],
])("%s", (_name, cards, csv) => {
  expect(buildDeckCsv({ id: "a", title: "Budget, 2024" }, cards)).toBe(csv);
});
