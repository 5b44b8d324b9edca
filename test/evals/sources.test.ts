/**
 * The cross-source protocol's arithmetic and report: figures per source and
 * per language, the worst unseen source beside the tuned one, public
 * utterances as eval items.
 */
import { describe, expect, it } from "vitest";
import type { CaseResult } from "../../evals/case-result.js";
import type { DecisionType } from "../../src/domain/taxonomy.js";
import { sourceFigures } from "../../evals/sources/measure.js";
import { toEvalItem } from "../../evals/sources/public-items.js";
import { renderChart, renderMarkdown, worstUnseen } from "../../evals/sources/report.js";

function result(id: string, must: boolean | "either", got: DecisionType, language = "en"): CaseResult {
  const decision: DecisionType[] = must === true ? ["immediate_escalation"] : must === false ? ["no_escalation"] : ["no_escalation", "scheduled_escalation"];
  return {
    id,
    itemId: id,
    turn: 0,
    labels: { category: "general_inquiry", priority: "low", decision, team: ["general_support"], must_escalate: must, language },
    tier: "paid",
    tags: [],
    subject: "",
    predicted: { category: "general_inquiry", priority: "low", decision: got, team: "general_support", language },
    forwarded: false,
    reply: null,
    usage: { llmCalls: 0, promptTokens: 0, completionTokens: 0, fallbacks: 0 },
    latencyMs: 1,
  };
}

describe("sourceFigures", () => {
  const results = [
    result("a", true, "immediate_escalation"),
    result("b", true, "no_escalation", "de"),
    result("c", false, "no_escalation"),
    result("d", false, "scheduled_escalation", "de"),
    result("e", "either", "no_escalation"),
  ];

  it("counts recall, misses and over-escalation, leaving 'either' out", () => {
    const f = sourceFigures("s", "unseen", results, true);
    expect(f).toMatchObject({ cases: 5, mustEscalate: 2, recall: 0.5, criticalMisses: ["b"], mustNotEscalate: 2, overEscalation: 0.5, overEscalated: ["d"] });
    expect(f.decisionAccuracy).toBe(0.6);
  });

  it("splits the same figures by language, and leaves decision accuracy out where decisions are not labelled", () => {
    const f = sourceFigures("s", "unseen", results, false);
    expect(f.decisionAccuracy).toBeNull();
    expect(f.byLanguage.de).toMatchObject({ recall: 0, overEscalation: 1 });
    expect(f.byLanguage.en).toMatchObject({ recall: 1, overEscalation: 0 });
  });
});

describe("the report", () => {
  const tuned = sourceFigures("bundled", "tuned", [result("a", true, "immediate_escalation"), result("b", false, "no_escalation")], true);
  const weak = sourceFigures("weak", "unseen", [result("c", true, "no_escalation"), result("d", false, "no_escalation")], false);
  const noisy = sourceFigures("noisy", "unseen", [result("e", true, "immediate_escalation"), result("f", false, "scheduled_escalation")], false);

  it("names the worst unseen source for recall and for over-escalation", () => {
    const worst = worstUnseen([tuned, weak, noisy]);
    expect(worst.recall?.source).toBe("weak");
    expect(worst.overEscalation?.source).toBe("noisy");
  });

  it("opens with the tuned set beside the worst unseen source, then one row per source", () => {
    const markdown = renderMarkdown([tuned, weak, noisy]);
    expect(markdown.split("\n")[0]).toBe(
      "Recall: 100.0 % on bundled (tuned), 0.0 % on weak (worst unseen). Over-escalation: 0.0 % on bundled, 100.0 % on noisy (worst unseen).",
    );
    expect(markdown).toContain("| bundled (tuned) | 1 | 100.0 % | 0 | 1 | 0.0 % | 100.0 % |");
    expect(markdown).toContain("| weak | 1 | 0.0 % | 1 | 1 | 0.0 % | – |");
  });

  it("draws the figures as an SVG chart", () => {
    expect(renderChart([tuned, weak])).toMatch(/^<svg[\s\S]*weak[\s\S]*<\/svg>$/);
  });
});

describe("toEvalItem", () => {
  it("makes a public utterance a ticket labelled only with whether a person must see it", () => {
    const item = toEvalItem(
      { text: "I want a human", label: "human_request", mustEscalate: true, source: "rasa-helpdesk", intent: "human_handoff", split: "test", language: "en" },
      0,
    );
    expect(item).toMatchObject({ id: "rasa-helpdesk-1", ticket: { description: "I want a human" }, labels: { must_escalate: true } });
    expect(item.labels.decision).not.toContain("no_escalation");
  });
});
