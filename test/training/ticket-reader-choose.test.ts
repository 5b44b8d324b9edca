/**
 * The ticket reader's threshold (training/ticket-reader/choose.ts): the one
 * that adds most, a found escalation counting twice a calm case escalated;
 * silent when none adds anything. Its line of doubt: the one that spares
 * most calm cases, a lost escalation counting four times a spared one;
 * none when every line loses more than it spares.
 */
import { describe, expect, it } from "vitest";
import { chooseConfirm, chooseRoutine, chooseThresholds, figures, SILENT_THRESHOLD, type ReadCase } from "../../training/ticket-reader/choose.js";
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

/** A case the engine escalates on a learned need only, read out-of-fold at `doubt`. */
const d = (needsPerson: boolean, doubt: number): ReadCase => ({ ...c(needsPerson, 0, true), id: `${needsPerson ? "p" : "n"}-doubt-${doubt}`, doubt });

describe("chooseConfirm", () => {
  const reporting = { asking: SILENT_THRESHOLD, reporting: SILENT_THRESHOLD };

  it("lowers only the cases its doubt could decide, below the line", () => {
    const cases = [d(false, 0.03), d(true, 0.09), c(true, 0.01, true), c(false, 0.01, true)];
    expect(figures(cases, reporting, 0)).toEqual({ mustEscalate: 2, caught: 2, mustNot: 2, overEscalated: 2 });
    expect(figures(cases, reporting, 0.05)).toEqual({ mustEscalate: 2, caught: 2, mustNot: 2, overEscalated: 1 });
    expect(figures(cases, reporting, 0.1)).toEqual({ mustEscalate: 2, caught: 1, mustNot: 2, overEscalated: 1 });
  });

  it("takes the line that spares calm cases without losing escalations", () => {
    // Calm cases read 0.01–0.05, escalations from 0.11: every line up to 0.1 spares, 0.12 starts losing.
    const cases = [d(false, 0.01), d(false, 0.03), d(false, 0.05), d(true, 0.11), d(true, 0.5), d(true, 0.6), c(true, 0, true)];
    expect(chooseConfirm(cases, reporting)).toEqual({ confirm: 0.06, worth: 1 });
  });

  it("doubts nothing when a lost escalation outweighs the calm cases spared", () => {
    // One calm case spared (of 2) costs one escalation lost (of 4): 0.5 − 4 × 0.25 < 0.
    const cases = [d(false, 0.01), d(true, 0.015), d(true, 0.6), d(true, 0.7), c(true, 0, true), c(false, 0, true)];
    expect(chooseConfirm(cases, reporting)).toEqual({ confirm: 0, worth: 0 });
  });
});

/** A case the engine escalates on one of the policy's guesses (or, with `both`, on a guess and a learned need). */
const g = (needsPerson: boolean, doubt: number, both = false): ReadCase => ({
  ...c(needsPerson, 0, true),
  id: `${needsPerson ? "p" : "n"}-guess-${doubt}-${both}`,
  doubt,
  lowers: { needs: false, guesses: !both, both: true },
});

describe("chooseRoutine", () => {
  const silentLines = { asking: SILENT_THRESHOLD, reporting: SILENT_THRESHOLD };

  it("lowers a guess below its own line, and a guess beside a learned need only below both", () => {
    const cases = [g(false, 0.05), g(false, 0.05, true), d(false, 0.05)];
    expect(figures(cases, silentLines, 0, 0.1).overEscalated).toBe(2);
    expect(figures(cases, silentLines, 0.1, 0).overEscalated).toBe(2);
    expect(figures(cases, silentLines, 0.1, 0.1).overEscalated).toBe(0);
  });

  it("is chosen with the learned needs' line in place, by the same account", () => {
    // Calm guesses read 0.01–0.03, a needed one 0.2: every line from 0.04 to 0.2 spares all three and loses nothing; the lowest is taken.
    const cases = [g(false, 0.01), g(false, 0.02), g(false, 0.03), g(true, 0.2), d(false, 0.04), c(true, 0, true)];
    expect(chooseRoutine(cases, silentLines, 0.06)).toEqual({ routine: 0.04, worth: 0.75 });
  });

  it("stands nothing down when a lost escalation outweighs the calm cases spared", () => {
    const cases = [g(false, 0.01), g(true, 0.015), g(true, 0.6), c(true, 0, true)];
    expect(chooseRoutine(cases, silentLines, 0)).toEqual({ routine: 0, worth: 0 });
  });
});
