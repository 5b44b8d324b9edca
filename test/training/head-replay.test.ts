/**
 * How a head's threshold is chosen from the replays: from the head silent,
 * down the grid, only by steps whose finds, counted twice, exceed what they cost.
 */
import { describe, expect, it } from "vitest";
import { chooseStep, type ReplayFigures } from "../../training/head-replay.js";

const at = (threshold: number, misses: number, overEscalated: number): ReplayFigures => ({ threshold, misses, mustEscalate: 100, overEscalated, mustNot: 100 });

describe("chooseStep", () => {
  it("stays silent when even the top of the grid costs a calm case and finds nothing", () => {
    expect(chooseStep([at(1, 10, 20), at(0.99, 10, 21), at(0.9, 9, 23)]).threshold).toBe(1);
  });

  it("takes the lowest step whose finds, counted twice, still exceed what it costs", () => {
    expect(chooseStep([at(1, 10, 20), at(0.95, 9, 20), at(0.9, 7, 21), at(0.8, 6, 23)]).threshold).toBe(0.9);
  });

  it("takes a step that finds as much as it costs: a miss weighs twice a calm case escalated", () => {
    expect(chooseStep([at(1, 10, 20), at(0.9, 9, 21)]).threshold).toBe(0.9);
  });

  it("does not take a step whose finds, counted twice, are what it costs", () => {
    expect(chooseStep([at(1, 10, 20), at(0.9, 9, 22)]).threshold).toBe(1);
  });
});
