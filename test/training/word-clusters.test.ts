/** The k-means behind the word-cluster method: deterministic, and it separates directions that differ. */
import { describe, expect, it } from "vitest";
import { kMeans } from "../../training/word-clusters.js";

describe("kMeans", () => {
  // Two bundles of unit vectors in 3 dimensions: near the x axis and near the y axis.
  const rows = [
    [1, 0.05, 0],
    [0.98, 0.1, 0.02],
    [0.99, 0, 0.1],
    [0.04, 1, 0],
    [0.1, 0.97, 0.05],
    [0, 0.99, 0.08],
  ];
  const matrix = Float32Array.from(
    rows.flatMap((r) => {
      const norm = Math.hypot(...r);
      return r.map((v) => v / norm);
    }),
  );

  it("puts words of one direction in one cluster and the two directions apart", () => {
    const assignment = [...kMeans(matrix, rows.length, 3, 2, 5, 7)];
    expect(new Set(assignment.slice(0, 3)).size).toBe(1);
    expect(new Set(assignment.slice(3)).size).toBe(1);
    expect(assignment[0]).not.toBe(assignment[3]);
  });

  it("gives the same clusters for the same seed", () => {
    expect([...kMeans(matrix, rows.length, 3, 2, 5, 7)]).toEqual([...kMeans(matrix, rows.length, 3, 2, 5, 7)]);
  });
});
