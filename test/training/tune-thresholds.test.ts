/**
 * The ticket-level threshold search: it only finds what the budget allows,
 * never goes below a floor, and reports what the rules alone decide.
 */
import { describe, expect, it } from "vitest";
import { chooseDevThresholds, devFigures, type DevCase } from "../../training/tune-thresholds.js";

const silent = { human_request: 2, handling_complaint: 2, fraud: 2, legal_rights: 2, accessibility: 2, business_stopped: 2, data_loss: 2, churn: 2 };

const cases: DevCase[] = [
  // Missed by the rules, shown by the model at 0.8 and 0.6.
  { id: "p1", mustEscalate: true, rulesEscalate: false, scores: { human_request: 0.8 } },
  { id: "p2", mustEscalate: true, rulesEscalate: false, scores: { fraud: 0.6 } },
  { id: "p3", mustEscalate: true, rulesEscalate: true, scores: {} },
  // Calm tickets; one the model reads as fraud at 0.65.
  { id: "n1", mustEscalate: false, rulesEscalate: false, scores: { fraud: 0.65 } },
  { id: "n2", mustEscalate: false, rulesEscalate: false, scores: { human_request: 0.5 } },
  { id: "n3", mustEscalate: false, rulesEscalate: false, scores: {} },
  { id: "n4", mustEscalate: false, rulesEscalate: false, scores: { churn: 0.99 } },
  { id: "e1", mustEscalate: "either", rulesEscalate: true, scores: {} },
];

describe("devFigures", () => {
  it("counts what the rules alone decide when every threshold is out of reach", () => {
    expect(devFigures(cases, silent)).toMatchObject({ mustEscalate: 3, misses: 2, mustNot: 4, overEscalated: 0 });
  });

  it("leaves churn out: it is evidence only", () => {
    expect(devFigures(cases, { ...silent, churn: 0.5 }).overEscalated).toBe(0);
  });
});

describe("chooseDevThresholds", () => {
  it("takes the request for a person, which costs no false alarm, and stops where fraud would cost one over the budget", () => {
    const { thresholds, figures } = chooseDevThresholds(cases, {}, 0);
    expect(thresholds["human_request"]).toBeLessThanOrEqual(0.8);
    expect(thresholds["human_request"]).toBeGreaterThan(0.5);
    expect(thresholds["fraud"]).toBeGreaterThan(0.65);
    expect(figures).toMatchObject({ misses: 1, overEscalated: 0 });
  });

  it("finds fraud too when the budget allows one false alarm in four", () => {
    const { figures } = chooseDevThresholds(cases, {}, 0.25);
    expect(figures).toMatchObject({ misses: 0, overEscalated: 1 });
  });

  it("never goes below a floor", () => {
    const { thresholds, figures } = chooseDevThresholds(cases, { human_request: 0.9 }, 0.25);
    expect(thresholds["human_request"]).toBeGreaterThanOrEqual(0.9);
    expect(figures.misses).toBe(1);
  });
});
