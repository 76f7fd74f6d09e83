import { describe, expect, it } from "vitest";
import { findVagueReference } from "./detect-vague-reference";

const EARLIER = new Set(["missile", "study", "satellite", "sides"]);

describe("findVagueReference", () => {
  it.each<[string, string, boolean]>([
    ["The two sides have each signaled a(n) _____.", "The two sides", true],
    ["These developments could increase _____.", "These", true],
    ["It was launched from _____.", "It", true],
    ["The missile flew _____ kilometers.", "The missile", true],
    ["Previous launch attempts failed in _____ and August.", "Previous launch attempts failed", true],
    ["Others turned to local hospitals in the _____.", "Others t", true],
    ["In the 2017 local elections, 110 ballots were spoiled in this _____.", "this _____", true],
    ["North Korea claimed the satellite had taken photos the week before of _____.", "the week before", true],
    ["The temperature rises within this layer because of the _____.", "this layer", true],
    ["The study appeared in the journal _____.", "the study", false],
  ])("%s → %s", (prompt, words, hard) => {
    const found = findVagueReference(prompt, EARLIER);
    expect(found?.words.toLowerCase()).toContain(words.toLowerCase().split(" ")[0]);
    expect(found?.hard).toBe(hard);
  });

  it("lets 'it' lean on a name the article uses, earlier in the prompt", () => {
    expect(findVagueReference("Russia has suggested it will help develop weapons, including a(n) _____.", EARLIER, new Set(["Russia"]))).toBeUndefined();
    expect(findVagueReference("Hard-charging robots pushed it out at the _____.", EARLIER, new Set(["Russia"]))?.words).toBe("it");
    expect(findVagueReference("When Deaton first went to the Games, he borrowed some _____.", EARLIER, new Set(["Deaton"]))).toBeUndefined();
    expect(findVagueReference("He borrowed some _____.", EARLIER, new Set(["Deaton"]))?.hard).toBe(true);
  });

  it.each([
    "The Hwasong-18 missile flew _____ kilometers.",
    "North Korea launched a spy satellite and the satellite reached _____.",
    "“It is a serious matter,” said _____.",
    "It is important to note that the treaty was signed in _____.",
    "The satellite launch of North Korea violated _____.",
  ])("stands alone: %s", (prompt) => {
    expect(findVagueReference(prompt, EARLIER)).toBeUndefined();
  });
});
