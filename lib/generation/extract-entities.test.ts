import { describe, expect, it } from "vitest";
import { extractEntities } from "./extract-entities";
import { extractTitles } from "./extract-titles";
import { tokenizeText } from "./tokenize-text";

function analyse(text: string) {
  const tokens = tokenizeText(text, [{ start: 0, end: text.length }])[0];
  const entities = extractEntities(tokens, text, 0);
  return { entities, titles: extractTitles(tokens, entities, text, 0) };
}

describe("extractEntities", () => {
  it.each<[string, string, string]>([
    ["a name compromise mis-tags", "North Korean leader Kim Jong Un visited Russia.", "Kim Jong Un/person"],
    ["a hyphenated place", "Kim visited a plant in Komsomolsk-on-Amur on Monday.", "Komsomolsk-on-Amur/place"],
    ["an organisation with a connector", "Ken Gause works at the Center for Naval Analyses.", "Center for Naval Analyses/org"],
    ["a middle initial", "Evans Revere served during the George W. Bush administration.", "George W. Bush/person"],
    ["a title split off a name", "French Foreign Minister Catherine Colonna spoke.", "Catherine Colonna/person"],
  ])("%s", (_name, text, expected) => {
    expect(analyse(text).entities.map((e) => `${e.text}/${e.type}`)).toContain(expected);
  });

  it("keeps demonyms apart so they are never answers", () => {
    const { entities } = analyse("The South Korean intelligence agency believes Pyongyang was helped.");
    expect(entities.find((e) => e.text === "South Korean")?.type).toBe("demonym");
  });
});

describe("extractTitles", () => {
  it.each<[string, string, string]>([
    ["prefix", "said French Foreign Minister Catherine Colonna in Beijing.", "Catherine Colonna = French Foreign Minister"],
    ["appositive", "Ken Gause, senior adversary analytics specialist at the Center for Naval Analyses, said Moscow would help.", "Ken Gause = senior adversary analytics specialist at the Center for Naval Analyses"],
    ["copular", "Thomas Zurbuchen is an associate administrator of NASA's Science Mission Directorate.", "Thomas Zurbuchen = associate administrator of NASA's Science Mission Directorate"],
    ["title with 'of'", "US Secretary of State Antony Blinken said so.", "Antony Blinken = US Secretary of State"],
  ])("%s", (_name, text, expected) => {
    expect(analyse(text).titles.map((t) => `${t.name} = ${t.title}`)).toContain(expected);
  });

  it("refuses a plural description as a title", () => {
    expect(analyse("Jo Yong Won, high-ranking politicians in the party, attended.").titles).toEqual([]);
  });
});
