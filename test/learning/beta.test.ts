import { describe, expect, it } from "vitest";
import { betaCdf, posteriorMean, probabilityRateBelow } from "../../src/learning/beta.js";

/** Midpoint-rule integral of the Beta density: the reference the exact formula must match. */
function numericCdf(x: number, a: number, b: number): number {
  const logBeta = (p: number, q: number) => {
    let s = 0;
    for (let i = 1; i < p; i++) s += Math.log(i);
    for (let i = 1; i < q; i++) s += Math.log(i);
    for (let i = 1; i < p + q; i++) s -= Math.log(i);
    return s;
  };
  const steps = 100_000;
  let sum = 0;
  for (let i = 0; i < steps; i++) {
    const t = ((i + 0.5) / steps) * x;
    sum += Math.exp((a - 1) * Math.log(t) + (b - 1) * Math.log(1 - t) - logBeta(a, b));
  }
  return (sum * x) / steps;
}

describe("the Beta posterior", () => {
  it("matches numerical integration of the density", () => {
    for (const [x, a, b] of [
      [1 / 3, 3, 10],
      [1 / 3, 1, 9],
      [0.5, 5, 5],
      [0.2, 7, 2],
    ] as const) {
      expect(betaCdf(x, a, b)).toBeCloseTo(numericCdf(x, a, b), 5);
    }
  });

  it("is the uniform distribution with no verdicts", () => {
    expect(probabilityRateBelow(0.3, 0, 0)).toBeCloseTo(0.3, 12);
  });

  it("stays finite and monotone for thousands of verdicts", () => {
    const p = probabilityRateBelow(1 / 3, 600, 1400);
    expect(p).toBeGreaterThan(0.9);
    expect(p).toBeLessThanOrEqual(1);
    expect(probabilityRateBelow(1 / 3, 700, 1300)).toBeLessThan(p);
  });

  it("gives Laplace's rule of succession as the mean", () => {
    expect(posteriorMean(2, 9)).toBeCloseTo(3 / 13, 12);
  });

  it("refuses fractional parameters rather than answer wrongly", () => {
    expect(() => betaCdf(0.5, 1.5, 2)).toThrow(RangeError);
  });
});
