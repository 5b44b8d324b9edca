/** The seed comparison's arguments and its count of tickets two seeds decide differently. */
import { describe, expect, it } from "vitest";
import { pairwiseDifferences, parseRuns, parseSeeds } from "../../training/draw.js";

describe("train:draw arguments", () => {
  it("reads two or more seeds", () => {
    expect(parseSeeds("11, 12,13")).toEqual([11, 12, 13]);
  });

  it("names the field when the seeds cannot be compared", () => {
    expect(() => parseSeeds("11")).toThrow(/--seeds/);
    expect(() => parseSeeds("11,x")).toThrow(/--seeds.*"11,x"/);
    expect(() => parseSeeds("11,-2")).toThrow(/--seeds/);
  });

  it("reads the number of averaged runs", () => {
    expect(parseRuns("5")).toBe(5);
    expect(() => parseRuns("0")).toThrow(/--runs/);
    expect(() => parseRuns("2.5")).toThrow(/--runs/);
  });
});

describe("pairwiseDifferences", () => {
  it("counts, for each pair of seeds, the tickets one decides wrongly and the other rightly", () => {
    const draws = [
      { seed: 1, wrongAtHeld: [true, false, false, true] },
      { seed: 2, wrongAtHeld: [true, true, false, false] },
      { seed: 3, wrongAtHeld: [true, false, false, true] },
    ];
    expect(pairwiseDifferences(draws)).toEqual(["1·2 2", "1·3 0", "2·3 2"]);
  });
});
