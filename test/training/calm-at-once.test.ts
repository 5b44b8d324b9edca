/**
 * The account of calm tickets escalated at once (training/calm-at-once.ts):
 * which evidence it reads as a hard trigger, how it counts tickets by who
 * raised them, and that it runs the agent on calm first messages only.
 */
import { describe, expect, it } from "vitest";
import { EvalItem, type Labels } from "../../evals/dataset-schema.js";
import type { Evidence } from "../../src/domain/triage.js";
import { calmEscalatedAtOnce, summariseAtOnce, triggersOf, type CalmAtOnce } from "../../training/calm-at-once.js";

const labels = (must: boolean): Labels => ({
  category: "general_inquiry",
  priority: "medium",
  decision: must ? ["immediate_escalation"] : ["no_escalation"],
  team: ["general_support"],
  must_escalate: must,
  language: "en",
});

const ticket = (id: string, description: string, must: boolean) =>
  EvalItem.parse({ id, ticket: { subject: "Question", description }, labels: labels(must), turns: [] });

const found = (rule: string, score?: number) => ({ rule, match: "…", ...(score === undefined ? {} : { score }) });

describe("triggersOf", () => {
  it("keeps the hard-trigger evidence only, with the concept reader's score where it gave one", () => {
    const evidence: Evidence[] = [
      { signal: "outage", match: "the site is down", rule: "outage/en/system_down" },
      { signal: "security_incident", match: "Ich hab keine Kreditkarte.", rule: "learned:fraud", score: 0.972 },
      { signal: "needs_human_action", match: "please refund", rule: "human-action:refund" },
      { signal: "churn_risk", match: "we may leave", rule: "churn_risk/en/leave" },
    ];
    expect(triggersOf(evidence)).toEqual([
      { rule: "outage/en/system_down", match: "the site is down" },
      { rule: "learned:fraud", match: "Ich hab keine Kreditkarte.", score: 0.972 },
    ]);
  });
});

describe("summariseAtOnce", () => {
  it("counts tickets by who raised their triggers: learned, learned alone, and each pattern rule where nothing learned fired", () => {
    const atOnce: CalmAtOnce[] = [
      { id: "A", triggers: [found("learned:fraud", 0.97)] },
      { id: "B", triggers: [found("learned:fraud", 0.99), found("security_incident/en/hacked")] },
      { id: "C", triggers: [found("learned:human_request", 0.93)] },
      { id: "D", triggers: [found("outage/en/outage_word"), found("outage/en/outage_word")] },
      { id: "E", triggers: [found("outage/en/outage_word"), found("data_loss/en/data_gone")] },
    ];
    expect(summariseAtOnce(atOnce)).toEqual({
      learned: { "learned:fraud": 2, "learned:human_request": 1 },
      learnedOnly: 2,
      patterns: [
        ["outage/en/outage_word", 2],
        ["data_loss/en/data_gone", 1],
      ],
      patternsOnly: 2,
    });
  });
});

describe("calmEscalatedAtOnce", () => {
  it("runs the calm first messages through the agent and returns those escalated at once, with their triggers", async () => {
    const progress: Array<[number, number]> = [];
    const { calm, atOnce } = await calmEscalatedAtOnce(
      [
        ticket("CALM-1", "How do I export the table to a spreadsheet?", false),
        ticket("CALM-2", "I want to speak to a human agent now", false),
        ticket("MUST-1", "Our whole site is down and customers cannot pay.", true),
      ],
      (done, total) => progress.push([done, total]),
    );
    expect(progress).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    expect(calm).toBe(2);
    expect(atOnce.map((t) => t.id)).toEqual(["CALM-2"]);
    expect(atOnce[0]?.triggers.map((t) => t.rule)).toContain("human_requested/en/speak_to_human");
  });
});
