import { describe, expect, it } from "vitest";
import { calibrateThreshold, MAX_SHIFT, MIN_BAND_VERDICTS, type Sample } from "../../src/learning/calibration.js";

let n = 0;
const samples = (score: number, count: number, warranted: boolean): Sample[] =>
  Array.from({ length: count }, () => ({ ticketId: `T-${++n}`, score, warranted }));

describe("calibrating a threshold from verdicts", () => {
  it("stays at the default without verdicts", () => {
    expect(calibrateThreshold(55, [])).toMatchObject({ base: 55, learned: 55, evidence: null });
  });

  it("raises the threshold just past the needless escalations", () => {
    const verdicts = [...samples(56, 5, false), ...samples(59, 5, false), ...samples(64, 6, true)];
    const result = calibrateThreshold(55, verdicts);
    expect(result.learned).toBe(60);
    expect(result.evidence).toMatchObject({ from: 55, to: 60, warranted: 0, total: 10 });
  });

  it("lowers the threshold to take in the missed escalations", () => {
    const verdicts = [...samples(45, 9, true), ...samples(50, 2, false), ...samples(30, 10, false)];
    const result = calibrateThreshold(60, verdicts);
    expect(result.learned).toBe(45);
    expect(result.evidence).toMatchObject({ from: 45, to: 60, warranted: 9, total: 11 });
  });

  it(`needs at least ${MIN_BAND_VERDICTS} verdicts in the band`, () => {
    const few = samples(57, MIN_BAND_VERDICTS - 1, false);
    expect(calibrateThreshold(55, few).learned).toBe(55);
    expect(calibrateThreshold(55, [...few, ...samples(57, 1, false)]).learned).toBe(58);
  });

  it("does not move on a mixed band that is not credibly one-sided", () => {
    // 4 of 10 warranted: above the 1/3 break-even, so escalating them pays off.
    const verdicts = [...samples(57, 6, false), ...samples(57, 4, true)];
    expect(calibrateThreshold(55, verdicts).learned).toBe(55);
  });

  it("tolerates a few dissenting verdicts in a lopsided band", () => {
    const verdicts = [...samples(57, 11, false), ...samples(57, 1, true)];
    expect(calibrateThreshold(55, verdicts).learned).toBe(58);
  });

  it(`never moves more than ${MAX_SHIFT} points`, () => {
    const verdicts = samples(95, 40, false);
    expect(calibrateThreshold(55, verdicts).learned).toBe(55); // no band within reach holds them
    const near = [...samples(60, 20, false), ...samples(69, 20, false)];
    expect(calibrateThreshold(55, near).learned).toBe(55 + MAX_SHIFT);
  });

  it("keeps within 0–100", () => {
    expect(calibrateThreshold(95, samples(97, 20, false)).learned).toBe(98);
    expect(calibrateThreshold(5, samples(1, 20, true)).learned).toBe(1);
  });
});
