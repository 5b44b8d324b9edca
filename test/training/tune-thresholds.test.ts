/**
 * The ticket-level threshold search: it only finds what the budget allows,
 * never goes below a floor, and reports what the rules alone decide.
 */
import { describe, expect, it } from "vitest";
import type { Example } from "../../datasets/example.js";
import { MISS_WEIGHT } from "../../training/miss-weight.js";
import { chooseThresholds, devFigures, readPublicCases, type DevCase } from "../../training/tune-thresholds.js";

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

describe("chooseThresholds on the development set alone", () => {
  it("takes the request for a person, which costs no false alarm, and stops where fraud would cost one over the budget", () => {
    const { thresholds, figures } = chooseThresholds([{ name: "dev", cases, overEscalationBudget: 0 }], {});
    expect(thresholds["human_request"]).toBeLessThanOrEqual(0.8);
    expect(thresholds["human_request"]).toBeGreaterThan(0.5);
    expect(thresholds["fraud"]).toBeGreaterThan(0.65);
    expect(figures["dev"]).toMatchObject({ misses: 1, overEscalated: 0 });
  });

  it("finds fraud too when the budget allows one false alarm in four", () => {
    const { figures } = chooseThresholds([{ name: "dev", cases, overEscalationBudget: 0.25 }], {});
    expect(figures["dev"]).toMatchObject({ misses: 0, overEscalated: 1 });
  });

  it("without a budget, takes a step only where twice the share of the misses it finds exceeds the share of calm tickets it escalates", () => {
    expect(MISS_WEIGHT).toBe(2);
    // Fraud at 0.6 finds 1 of 3 escalations (2 × 33 %) for 1 of 4 calm tickets (25 %): worth it.
    expect(chooseThresholds([{ name: "dev", cases }], {}).figures["dev"]).toMatchObject({ misses: 0, overEscalated: 1 });
    // For 2 of 4 calm tickets (50 %) it still is: a miss weighs twice.
    const dearer = [...cases.filter((c) => c.id !== "n3"), { id: "n3", mustEscalate: false as const, rulesEscalate: false, scores: { fraud: 0.62 } }];
    expect(chooseThresholds([{ name: "dev", cases: dearer }], {}).figures["dev"]).toMatchObject({ misses: 0, overEscalated: 2 });
    // For 3 of 4 (75 %) it is not.
    const costly = dearer.map((c) => (c.id === "n2" ? { ...c, scores: { fraud: 0.61 } } : c));
    expect(chooseThresholds([{ name: "dev", cases: costly }], {}).figures["dev"]).toMatchObject({ misses: 1, overEscalated: 0 });
  });

  it("moves only the concepts it may search, holding the others where they are given", () => {
    const { thresholds, figures } = chooseThresholds(
      [{ name: "dev", cases, overEscalationBudget: 0.25 }],
      {},
      { search: ["fraud"], fixed: { human_request: 0.95 } },
    );
    expect(thresholds["human_request"]).toBe(0.95);
    expect(thresholds["fraud"]).toBeLessThanOrEqual(0.6);
    expect(figures["dev"]).toMatchObject({ misses: 1, overEscalated: 1 });
  });

  it("never goes below a floor", () => {
    const { thresholds, figures } = chooseThresholds([{ name: "dev", cases, overEscalationBudget: 0.25 }], { human_request: 0.9 });
    expect(thresholds["human_request"]).toBeGreaterThanOrEqual(0.9);
    expect(figures["dev"]?.misses).toBe(1);
  });
});

describe("chooseThresholds over several sets", () => {
  const chat: DevCase[] = [
    { id: "c1", mustEscalate: true, rulesEscalate: false, scores: { human_request: 0.7 } },
    // A calm chat line the model reads as a request at 0.75.
    { id: "c2", mustEscalate: false, rulesEscalate: false, scores: { human_request: 0.75 } },
    { id: "c3", mustEscalate: false, rulesEscalate: false, scores: {} },
  ];

  it("takes no step that breaks one set's budget, whatever another set gains", () => {
    const { thresholds, figures } = chooseThresholds(
      [
        { name: "dev", cases, overEscalationBudget: 0 },
        { name: "chat", cases: chat, overEscalationBudget: 0 },
      ],
      {},
    );
    expect(thresholds["human_request"]).toBeGreaterThan(0.75);
    expect(figures["chat"]).toMatchObject({ misses: 1, overEscalated: 0 });
    expect(figures["dev"]).toMatchObject({ misses: 1, overEscalated: 0 });
  });

  it("lowers a threshold no case needed as far as it costs no false alarm", () => {
    const { thresholds } = chooseThresholds([{ name: "dev", cases, overEscalationBudget: 0 }], {});
    // No case needs data loss; nothing calm scores it, so it goes to the bottom of the grid.
    expect(thresholds["data_loss"]).toBe(0.5);
    // Fraud stops just above the calm ticket that reads as fraud at 0.65.
    expect(thresholds["fraud"]).toBeGreaterThan(0.65);
    expect(thresholds["fraud"]).toBeLessThanOrEqual(0.7);
  });
});

describe("readPublicCases", () => {
  const row = (text: string, mustEscalate: boolean): Example => ({
    text,
    label: null,
    mustEscalate,
    source: "test",
    intent: "x",
    split: "val",
    language: "en",
  });

  it("scores every row, and reads the rules' decision where it can matter", async () => {
    const cases = await readPublicCases([row("I want to talk to a real person right now", true), row("what time is it in Tokyo", false)]);
    expect(cases).toHaveLength(2);
    expect(cases[0]).toMatchObject({ mustEscalate: true, rulesEscalate: true });
    expect(cases[0]?.scores["human_request"]).toBeGreaterThan(0.5);
    expect(cases[1]).toMatchObject({ mustEscalate: false, rulesEscalate: false });
  });
});
