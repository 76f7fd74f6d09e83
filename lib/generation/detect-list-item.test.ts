import { describe, expect, it } from "vitest";
import { isListItem } from "./detect-list-item";

function check(text: string, item: string): boolean {
  const start = text.indexOf(item);
  return isListItem({ text, start: 100 }, { start: 100 + start, end: 100 + start + item.length });
}

describe("isListItem", () => {
  it.each<[string, string, boolean]>([
    ["He will take part in wheelchair rugby, wheelchair basketball, archery, rifle shooting.", "wheelchair rugby", true],
    ["He will take part in wheelchair rugby, wheelchair basketball, archery, rifle shooting.", "archery", true],
    ["Topics include greenhouse gases, pollution and air quality, and cloud-related processes.", "include greenhouse gases", true],
    ["Researchers came from Harvard, Moi University and the University of Glasgow.", "Moi University", true],
    // Not lists: one comma around a clause, or a pair.
    ["Kim visited a fighter jet plant in Komsomolsk-on-Amur on September 16.", "Komsomolsk-on-Amur", false],
    ["After peaking in April, the unemployment rate fell to 8.4%.", "8.4%", false],
    ["The clinical trial enrolled 18 patients, most of them children.", "18", false],
    ["Taiwan and Australia condemned the launch.", "Taiwan", false],
    ["The cooperation between North Korea and Russia could increase threats to global security, analysts said.", "North Korea", false],
    ["European countries such as the U.K., France and Ukraine described it as a threat.", "U.K.", true],
    ["European countries such as the U.K., France and Ukraine described it as a threat.", "France", true],
    ["European countries such as the U.K., France and Ukraine described it as a threat.", "Ukraine", true],
  ])("%s [%s] → %s", (text, item, expected) => {
    expect(check(text, item)).toBe(expected);
  });
});
