import { describe, expect, it } from "vitest";
import { tidyPrompt } from "./tidy-prompt";

describe("tidyPrompt", () => {
  it.each<[string, string]>([
    ["Ken Gause ,  said so .", "Ken Gause, said so."],
    ["Russia will help develop weapons, including a _____.", "Russia will help develop weapons, including _____."],
    ["The Bureau reached out to Dr. _____,.", "The Bureau reached out to Dr. _____."],
    ["the agency ( ) launched it", "The agency launched it"],
    ["_____ made the announcement at about 10 p.m..", "_____ made the announcement at about 10 p.m."],
    ["He paused...", "He paused..."],
  ])("%s → %s", (raw, tidy) => {
    expect(tidyPrompt(raw)).toBe(tidy);
  });
});
