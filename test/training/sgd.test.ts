/** The softmax fit behind every learned file: reproducible, and its seed-averaged form steadier across seeds than one fit. */
import { describe, expect, it } from "vitest";
import { random, trainAveragedSoftmax, trainSoftmax, type LinearModel, type TrainingRow } from "../../training/sgd.js";

/**
 * 400 rows over 64 buckets: bucket 0 or 1 marks the class (with 10 % of the
 * labels flipped, so no fit separates them and each stops where its
 * shuffle left it), plus three noise buckets per row.
 */
function noisyRows(): TrainingRow[] {
  const next = random(99);
  return Array.from({ length: 400 }, (_, i) => {
    const label = i % 2;
    const noise = Array.from({ length: 3 }, () => 2 + Math.floor(next() * 62));
    return { buckets: Uint32Array.from([label, ...noise]), label: next() < 0.1 ? 1 - label : label, weight: 1 };
  });
}

const OPTIONS = { buckets: 64, classes: 2, epochs: 2, learningRate: 0.4, l2: 1e-6 } as const;

function distance(a: LinearModel, b: LinearModel): number {
  let sum = 0;
  for (let k = 0; k < a.weights.length; k++) sum += ((a.weights[k] as number) - (b.weights[k] as number)) ** 2;
  return Math.sqrt(sum);
}

describe("trainSoftmax", () => {
  it("gives the same weights for the same rows and seed", () => {
    const rows = noisyRows();
    expect(trainSoftmax(rows, { ...OPTIONS, seed: 5 })).toEqual(trainSoftmax(rows, { ...OPTIONS, seed: 5 }));
  });

  it("learns the marking bucket", () => {
    const fit = trainSoftmax(noisyRows(), { ...OPTIONS, seed: 5 });
    // Bucket 0 marks class 0 and bucket 1 class 1.
    expect(fit.weights[0]).toBeGreaterThan(fit.weights[1] as number);
    expect(fit.weights[3]).toBeGreaterThan(fit.weights[2] as number);
  });
});

describe("trainAveragedSoftmax", () => {
  it("is the mean of its runs' fits", () => {
    const rows = noisyRows();
    const seeds = random(7);
    const fits = [0, 1, 2].map(() => trainSoftmax(rows, { ...OPTIONS, seed: Math.floor(seeds() * 2 ** 32) }));
    const averaged = trainAveragedSoftmax(rows, { ...OPTIONS, seed: 7, runs: 3 });
    for (const k of [0, 1, 2, 3, 40, 41]) {
      expect(averaged.weights[k]).toBeCloseTo(fits.reduce((sum, f) => sum + (f.weights[k] as number), 0) / 3, 5);
    }
    expect(averaged.bias[1]).toBeCloseTo(fits.reduce((sum, f) => sum + (f.bias[1] as number), 0) / 3, 10);
  });

  it("is one fit when it has one run", () => {
    const rows = noisyRows();
    const seed = Math.floor(random(7)() * 2 ** 32);
    expect(trainAveragedSoftmax(rows, { ...OPTIONS, seed: 7, runs: 1 })).toEqual(trainSoftmax(rows, { ...OPTIONS, seed }));
  });

  it("moves less with the seed than one fit does", () => {
    const rows = noisyRows();
    const single = distance(trainSoftmax(rows, { ...OPTIONS, seed: 1 }), trainSoftmax(rows, { ...OPTIONS, seed: 2 }));
    const averaged = distance(trainAveragedSoftmax(rows, { ...OPTIONS, seed: 1, runs: 8 }), trainAveragedSoftmax(rows, { ...OPTIONS, seed: 2, runs: 8 }));
    expect(averaged).toBeLessThan(single / 2);
  });
});
