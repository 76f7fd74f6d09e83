import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze-article";
import { compressionDrops } from "./compress-sentence";
import { GAP, renderPrompt } from "./render-prompt";

/** The cloze a card would show for `answer` in the last sentence of `text`, compressed. */
function compressed(text: string, answer: string): string {
  const article = analyzeArticle(text, new Date("2023-12-19T12:00:00Z"));
  const info = article.infos[article.infos.length - 1];
  const at = info.sentence.start + info.sentence.text.indexOf(answer);
  const gap = { start: at, end: at + answer.length };
  return renderPrompt(info, { gap, drop: compressionDrops(info, gap) });
}

describe("compressionDrops", () => {
  it.each<[string, string, string, string]>([
    ["trailing attribution", "Pyongyang had been delivering artillery shells to Russia, according to the White House.", "artillery shells", `Pyongyang had been delivering ${GAP} to Russia.`],
    ["leading 'X said'", "Ken Gause, a senior analyst at the Center for Naval Analyses, said Moscow would help Pyongyang enhance its Hwasong-18 ICBMs.", "Hwasong-18 ICBMs", `Moscow would help Pyongyang enhance its ${GAP}.`],
    ["parenthesis", "NASA picked three firms to build a lunar terrain vehicle (LTV) for its Artemis missions.", "three", `NASA picked ${GAP} firms to build a lunar terrain vehicle for its Artemis missions.`],
    ["trailing clause", "The Fed cut its benchmark rate to near zero in March, which was the first cut since 2008.", "near zero", `The Fed cut its benchmark rate to ${GAP} in March.`],
    ["interposed relative clause", "Arms deals between Moscow and Pyongyang, which violate sanctions, are a serious matter for Washington.", "Washington", `Arms deals between Moscow and Pyongyang are a serious matter for ${GAP}.`],
    ["fact inside the relative clause", "The treatment, which deploys an approach known as omidubicel, was approved in 2024.", "omidubicel", `The treatment deploys an approach known as ${GAP}.`],
    ["restrictive clause after the fact", "NASA has selected Intuitive Machines to build a lunar terrain vehicle that astronauts will drive on the Moon.", "Intuitive Machines", `NASA has selected ${GAP} to build a lunar terrain vehicle.`],
  ])("%s", (_name, text, answer, expected) => {
    expect(compressed(text, answer)).toBe(expected);
  });

  it("never drops the part that holds the answer", () => {
    expect(compressed("Moscow has turned to North Korea for help, analysts said.", "analysts")).toContain(GAP);
  });
});
