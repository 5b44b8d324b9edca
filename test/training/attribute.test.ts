/**
 * The per-layer account (training/attribute.ts): what it counts, which calm
 * cases it lays at a layer's door, and how it names the concept that raised one.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { CaseResult } from "../../evals/case-result.js";
import { EvalItem } from "../../evals/dataset-schema.js";
import type { Labels } from "../../evals/dataset-schema.js";
import type { DecisionType } from "../../src/domain/taxonomy.js";
import { readConceptSignals } from "../../src/rules/concepts/engine.js";
import { conceptModel, useConceptModel, withThresholds } from "../../src/rules/concepts/model.js";
import { addedByKind, calmRaised, mustFound, raisingConcept, reasonKind, tally } from "../../training/attribute.js";
import { messagesOf } from "../../training/sources/messages-read.js";

const labels = (must: boolean | "either"): Labels => ({
  category: "technical",
  priority: "medium",
  decision: must === true ? ["specialist_escalation"] : must === false ? ["no_escalation"] : ["no_escalation", "specialist_escalation"],
  team: ["engineering"],
  must_escalate: must,
  language: "en",
});

const result = (id: string, must: boolean | "either" | null, decision: DecisionType | null): CaseResult => ({
  id,
  itemId: id.split("#")[0] ?? id,
  turn: id.includes("#") ? Number(id.split("#")[1]) : 0,
  labels: must === null ? null : labels(must),
  tier: "unknown",
  tags: [],
  subject: "",
  predicted: decision ? { category: "technical", priority: "medium", decision, team: "engineering", language: "en" } : null,
  forwarded: false,
  reply: null,
  usage: { llmCalls: 0, promptTokens: 0, completionTokens: 0, fallbacks: 0 },
  latencyMs: 0,
});

const item = EvalItem.parse({
  id: "T-1",
  ticket: { subject: "Export question", description: "How do I export the table to a spreadsheet?" },
  labels: labels(false),
  turns: [
    { message: "Thanks, found it.", labels: labels(false) },
    { message: "Actually the export now deletes rows from the table, and they are gone from the history too.", labels: labels(true) },
  ],
});

describe("tally", () => {
  it("counts misses among must-escalate cases and escalations among calm ones; either and unlabelled count on neither side", () => {
    const figures = tally([
      result("A", true, "specialist_escalation"),
      result("B", true, "no_escalation"),
      result("C", true, null),
      result("D", false, "no_escalation"),
      result("E", false, "immediate_escalation"),
      result("F", "either", "immediate_escalation"),
      result("G#1", null, "immediate_escalation"),
    ]);
    expect(figures).toEqual({ mustEscalate: 3, missed: 2, mustNot: 2, overEscalated: 1 });
  });
});

describe("calmRaised", () => {
  it("lays at the layer's door only calm cases it escalates that the run without it did not", () => {
    const without = [result("A", false, "no_escalation"), result("B", false, "specialist_escalation"), result("C", true, "no_escalation")];
    const withLayer = [result("A", false, "specialist_escalation"), result("B", false, "specialist_escalation"), result("C", true, "specialist_escalation")];
    expect(calmRaised(without, withLayer).map((r) => r.id)).toEqual(["A"]);
  });
});

describe("messagesOf", () => {
  it("reads the ticket, then the turns up to the scored one", () => {
    expect(messagesOf(item, 0)).toEqual(["Export question\nHow do I export the table to a spreadsheet?"]);
    expect(messagesOf(item, 2)).toHaveLength(3);
    expect(messagesOf(item, 2)[2]).toContain("deletes rows");
  });

  it("leaves out a signature block, as classify does: a job title says nothing", () => {
    const signed = EvalItem.parse({
      ...item,
      ticket: { subject: "Export", description: "How do I export the table?\n\nKind regards,\nJen Hall\nHead of Security" },
    });
    const [first] = messagesOf(signed, 0);
    expect(first).toContain("export the table");
    expect(first).not.toContain("Head of Security");
  });
});

describe("raisingConcept", () => {
  afterEach(() => useConceptModel(null));
  const everyThreshold = (value: number) => Object.fromEntries(Object.keys(conceptModel().metadata.thresholds).map((c) => [c, value]));

  it("says so when no concept passes its threshold", () => {
    useConceptModel(withThresholds(conceptModel(), everyThreshold(2)));
    expect(raisingConcept(item, 2, "en")).toBe("none over its threshold");
  });

  it("names a concept when one passes", () => {
    useConceptModel(withThresholds(conceptModel(), everyThreshold(0)));
    const concepts = Object.keys(conceptModel().metadata.thresholds);
    expect(concepts).toContain(raisingConcept(item, 2, "en"));
  });

  it("never names a concept that cannot escalate, however far over its threshold", () => {
    // Churn over every line, the rest silent: churn is evidence only, so nothing raised the case.
    const onlyChurn = { ...everyThreshold(2), churn: 0 };
    useConceptModel(withThresholds(conceptModel(), onlyChurn));
    expect(readConceptSignals(messagesOf(item, 2).join("\n"), "en").findings.map((f) => f.concept)).toContain("churn");
    expect(raisingConcept(item, 2, "en")).toBe("none over its threshold");
  });
});

describe("reasonKind", () => {
  it("names the kind of the deciding (first) reason without the customer's words, the engine tag or a score", () => {
    expect(reasonKind(["hard trigger: outage (rules)", "high priority"])).toBe("hard trigger: outage");
    expect(reasonKind(["relationship signal: churn_risk (rules), customer calm"])).toBe("relationship signal: churn_risk");
    expect(reasonKind(['needs a person to act: a refund ("refund the") (rules)'])).toBe("needs a person to act: a refund");
    expect(reasonKind(['needs a person to act: a refund ("refund it") (rules)'])).toBe("needs a person to act: a refund");
    expect(reasonKind(["technical complexity 64 (specialist at 60)"])).toBe("technical complexity");
    expect(reasonKind(["reproducible detail: HTTP 403"])).toBe("reproducible detail");
  });

  it("counts every language the rules cannot read as one kind, and says when no reason was given", () => {
    expect(reasonKind(["written in Polish (pl), which the rules engine cannot read (rules)"])).toBe("a language the rules cannot read");
    expect(reasonKind(["written in Korean (ko), which the rules engine cannot read (rules)"])).toBe("a language the rules cannot read");
    expect(reasonKind(undefined)).toBe("no reason given");
    expect(reasonKind([])).toBe("no reason given");
  });
});

describe("mustFound and addedByKind", () => {
  const withKind = (r: CaseResult, issueType: "question" | "problem"): CaseResult => (r.predicted ? { ...r, predicted: { ...r.predicted, issueType } } : r);

  it("lays at the layer's door the must-escalate cases it escalates and the run without it did not", () => {
    const without = [result("a", true, "no_escalation"), result("b", true, "scheduled_escalation"), result("c", false, "no_escalation")];
    const withLayer = [result("a", true, "scheduled_escalation"), result("b", true, "scheduled_escalation"), result("c", false, "scheduled_escalation")];
    expect(mustFound(without, withLayer).map((r) => r.id)).toEqual(["a"]);
  });

  it("counts what was found and what was raised by the latest message's kind, busiest kind first", () => {
    const found = [withKind(result("a", true, "scheduled_escalation"), "problem"), withKind(result("b", true, "scheduled_escalation"), "question")];
    const raised = [
      withKind(result("c", false, "scheduled_escalation"), "question"),
      withKind(result("d", false, "scheduled_escalation"), "question"),
      result("e", false, "scheduled_escalation"),
    ];
    expect(addedByKind(found, raised)).toEqual([
      ["question", 1, 2],
      ["problem", 1, 0],
      ["unread", 0, 1],
    ]);
  });
});
