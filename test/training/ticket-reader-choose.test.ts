/**
 * The ticket reader's threshold (training/ticket-reader/choose.ts): the one
 * that adds most, a found escalation counting twice a calm case escalated;
 * silent when none adds anything.
 */
import { describe, expect, it } from "vitest";
import { chooseThreshold, figures, SILENT_THRESHOLD, type ReadCase } from "../../training/ticket-reader/choose.js";

const c = (needsPerson: boolean, probability: number, engineEscalates = false): ReadCase => ({
  id: `${needsPerson ? "p" : "n"}-${probability}-${engineEscalates}`,
  file: "dev-x.jsonl",
  needsPerson,
  engineEscalates,
  probability,
});

describe("chooseThreshold", () => {
  it("counts what the engine escalates and what the reader adds", () => {
    const cases = [c(true, 0.9), c(true, 0.2, true), c(false, 0.8), c(false, 0.1)];
    expect(figures(cases, Infinity)).toEqual({ mustEscalate: 2, caught: 1, mustNot: 2, overEscalated: 0 });
    expect(figures(cases, 0.75)).toEqual({ mustEscalate: 2, caught: 2, mustNot: 2, overEscalated: 1 });
  });

  it("takes the threshold that finds misses at a price worth paying", () => {
    // 4 misses: the reader finds 2 of them from 0.8 at no cost, a third from 0.6 at the price of 2 calm cases of 4.
    const cases = [c(true, 0.85), c(true, 0.82), c(true, 0.62), c(true, 0.1), c(false, 0.7), c(false, 0.65), c(false, 0.2), c(false, 0.1)];
    expect(chooseThreshold(cases).threshold).toBe(0.8);
  });

  it("stays silent when every threshold costs more than it finds", () => {
    const cases = [c(true, 0.1), c(true, 0.2, true), c(false, 0.9), c(false, 0.95)];
    expect(chooseThreshold(cases)).toEqual({ threshold: SILENT_THRESHOLD, worth: 0 });
  });
});
