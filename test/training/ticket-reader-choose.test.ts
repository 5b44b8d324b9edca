/**
 * The ticket reader's threshold (training/ticket-reader/choose.ts): the one
 * that adds most, a found escalation counting twice a calm case escalated;
 * silent when none adds anything.
 */
import { describe, expect, it } from "vitest";
import { chooseThresholds, figures, SILENT_THRESHOLD, type ReadCase } from "../../training/ticket-reader/choose.js";
import type { MessageKind } from "../../src/rules/ticket-reader/read.js";

const c = (needsPerson: boolean, probability: number, engineEscalates = false, kind: MessageKind = "reporting"): ReadCase => ({
  id: `${needsPerson ? "p" : "n"}-${probability}-${engineEscalates}-${kind}`,
  file: "dev-x.jsonl",
  needsPerson,
  engineEscalates,
  kind,
  probability,
});
const silent = { asking: SILENT_THRESHOLD, reporting: SILENT_THRESHOLD };

describe("chooseThresholds", () => {
  it("counts what the engine escalates and what the reader adds", () => {
    const cases = [c(true, 0.9), c(true, 0.2, true), c(false, 0.8), c(false, 0.1)];
    expect(figures(cases, Infinity)).toEqual({ mustEscalate: 2, caught: 1, mustNot: 2, overEscalated: 0 });
    expect(figures(cases, 0.75)).toEqual({ mustEscalate: 2, caught: 2, mustNot: 2, overEscalated: 1 });
  });

  it("takes the threshold that finds misses at a price worth paying", () => {
    // 4 misses: the reader finds 2 of them from 0.8 at no cost, a third from 0.6 at the price of 2 calm cases of 4.
    const cases = [c(true, 0.85), c(true, 0.82), c(true, 0.62), c(true, 0.1), c(false, 0.7), c(false, 0.65), c(false, 0.2), c(false, 0.1)];
    expect(chooseThresholds(cases).thresholds).toEqual({ asking: SILENT_THRESHOLD, reporting: 0.8 });
  });

  it("stays silent when every threshold costs more than it finds", () => {
    const cases = [c(true, 0.1), c(true, 0.2, true), c(false, 0.9), c(false, 0.95)];
    expect(chooseThresholds(cases)).toEqual({ thresholds: silent, worth: { asking: 0, reporting: 0 } });
  });

  it("chooses each kind of message its own threshold", () => {
    // Reports: a miss found at 0.7 for nothing. Questions: calm ones score high, the one miss low.
    const cases = [c(true, 0.72), c(true, 0.3, false, "asking"), c(false, 0.9, false, "asking"), c(false, 0.85, false, "asking"), c(false, 0.1)];
    expect(chooseThresholds(cases).thresholds).toEqual({ asking: SILENT_THRESHOLD, reporting: 0.7 });
  });

  it("keeps a threshold that flags too many of a public set's calm lines out", () => {
    const cases = [c(true, 0.92), c(true, 0.62), c(false, 0.1)];
    const chatty = { name: "chat", probabilities: [0.65, 0.1, 0.1, 0.1] };
    expect(chooseThresholds(cases, [chatty]).thresholds.reporting).toBe(0.9);
  });
});
