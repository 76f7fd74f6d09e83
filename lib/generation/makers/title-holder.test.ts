import { describe, expect, it } from "vitest";
import { pairs, runMaker } from "./run-maker.test-helper";
import { titleHolderMaker } from "./title-holder";

describe("titleHolderMaker", () => {
  it("asks for the holder of a specific office, dated with the publication month", () => {
    expect(pairs(runMaker(titleHolderMaker, "French Foreign Minister Catherine Colonna met reporters."))).toEqual([
      ["Who was the French Foreign Minister in December 2023?", "Catherine Colonna"],
    ]);
  });

  it("asks nothing of a former office: many people are a former coordinator (blind review: ambiguous)", () => {
    expect(runMaker(titleHolderMaker, "Gary Samore, former White House coordinator for arms control, said so.")).toEqual([]);
  });

  it("makes nothing of a described role (several people could hold it)", () => {
    expect(runMaker(titleHolderMaker, "Jane Roe, a senior analyst, said prices would rise.")).toEqual([]);
  });
});
