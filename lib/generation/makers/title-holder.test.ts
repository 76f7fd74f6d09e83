import { describe, expect, it } from "vitest";
import { pairs, runMaker } from "./run-maker.test-helper";
import { titleHolderMaker } from "./title-holder";

describe("titleHolderMaker", () => {
  it("asks for the holder of a specific office, dated with the publication month", () => {
    expect(pairs(runMaker(titleHolderMaker, "French Foreign Minister Catherine Colonna met reporters."))).toEqual([
      ["Who was the French Foreign Minister in December 2023?", "Catherine Colonna"],
    ]);
  });

  it("keeps 'former' and asks for a former holder", () => {
    expect(pairs(runMaker(titleHolderMaker, "Gary Samore, former White House coordinator for arms control, said so."))[0]).toEqual([
      "Who is a former White House coordinator for arms control?",
      "Gary Samore",
    ]);
  });

  it("makes nothing of a described role (several people could hold it)", () => {
    expect(runMaker(titleHolderMaker, "Jane Roe, a senior analyst, said prices would rise.")).toEqual([]);
  });
});
