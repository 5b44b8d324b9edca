import { describe, expect, it } from "vitest";
import { scoreField, NO_PREDICTION } from "../../evals/scorers/classification.js";
import { scoreEscalation } from "../../evals/scorers/escalation.js";
import { scorePriorityWithinOne } from "../../evals/scorers/priority.js";
import { scoreReplies } from "../../evals/scorers/replies.js";
import { scoreTeamRouting } from "../../evals/scorers/routing.js";
import { scoreSlices } from "../../evals/scorers/slices.js";
import { percentile, scoreUsage } from "../../evals/scorers/usage.js";
import { headline, scoreRun } from "../../evals/scorers/scorecard.js";
import { labelledCase } from "./case-factory.js";

describe("scoreField", () => {
  it("computes accuracy, per-class F1, macro-F1 and the confusion matrix", () => {
    const score = scoreField(
      [
        { accepted: ["a"], predicted: "a" },
        { accepted: ["a"], predicted: "b" },
        { accepted: ["b"], predicted: "b" },
        { accepted: ["b"], predicted: "b" },
      ],
      ["a", "b", "c"],
    );
    expect(score.accuracy).toBe(0.75);
    // a: precision 1, recall 0.5 → F1 2/3; b: precision 2/3, recall 1 → F1 0.8; c never seen → left out.
    expect(score.perClass.map((c) => c.label)).toEqual(["a", "b"]);
    expect(score.perClass[0]?.f1).toBeCloseTo(2 / 3);
    expect(score.perClass[1]?.f1).toBeCloseTo(0.8);
    expect(score.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2);
    expect(score.confusion.labels).toEqual(["a", "b", "c"]);
    expect(score.confusion.matrix).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [0, 0, 0],
    ]);
  });

  it("counts a prediction inside an accepted set as right, and a miss against the preferred label", () => {
    const score = scoreField(
      [
        { accepted: ["x", "y"], predicted: "y" },
        { accepted: ["x", "y"], predicted: "z" },
      ],
      ["x", "y", "z"],
    );
    expect(score.correct).toBe(1);
    expect(score.confusion.matrix[1]?.[1]).toBe(1); // y counted as expected y
    expect(score.confusion.matrix[0]?.[2]).toBe(1); // the miss goes to the preferred x
  });

  it("shows failed runs as a (none) column that is always wrong", () => {
    const score = scoreField([{ accepted: ["a"], predicted: null }], ["a"]);
    expect(score.accuracy).toBe(0);
    expect(score.confusion.labels).toEqual(["a", NO_PREDICTION]);
    expect(score.confusion.matrix[0]).toEqual([0, 1]);
  });

  it("says n/a rather than 0 or 1 when there is nothing to score", () => {
    const score = scoreField([], ["a"]);
    expect(score.accuracy).toBeNull();
    expect(score.macroF1).toBeNull();
  });
});

describe("scoreEscalation", () => {
  const cases = [
    labelledCase("T1", { decision: "immediate_escalation", team: "engineering", must_escalate: true }, { decision: "immediate_escalation" }),
    labelledCase("T2", { decision: "management_escalation", team: "senior_support", must_escalate: true }, { decision: "no_escalation" }),
    labelledCase("T3", { decision: "specialist_escalation", must_escalate: true }, null),
    labelledCase("F1", { must_escalate: false }, { decision: "no_escalation" }),
    labelledCase("F2", { must_escalate: false }, { decision: "scheduled_escalation" }),
    labelledCase("E1", { decision: ["scheduled_escalation", "no_escalation"], must_escalate: "either" }, { decision: "scheduled_escalation" }),
  ];
  const score = scoreEscalation(cases);

  it("treats must_escalate true as positive, false as negative and leaves 'either' out", () => {
    expect([score.truePositives, score.falseNegatives, score.falsePositives, score.trueNegatives]).toEqual([1, 2, 1, 1]);
    expect(score.either).toBe(1);
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBeCloseTo(1 / 3);
    expect(score.f1).toBeCloseTo(0.4);
  });

  it("lists every must-escalate case that was not escalated, failed runs included", () => {
    expect(score.criticalMisses.map((m) => [m.id, m.got])).toEqual([
      ["T2", "no_escalation"],
      ["T3", null],
    ]);
  });

  it("measures over-escalation on the must-not cases", () => {
    expect(score.overEscalationRate).toBe(0.5);
    expect(score.overEscalated).toEqual(["F2"]);
  });
});

describe("scorePriorityWithinOne", () => {
  it("accepts one step on the ordered scale and lists the rest", () => {
    const score = scorePriorityWithinOne([
      labelledCase("A", { priority: "urgent" }, { priority: "critical" }),
      labelledCase("B", { priority: "urgent" }, { priority: "high" }),
      labelledCase("C", { priority: "urgent" }, { priority: "medium" }),
      labelledCase("D", { priority: "low" }, null),
    ]);
    expect(score.rate).toBe(0.5);
    expect(score.farOff.map((f) => f.id)).toEqual(["C", "D"]);
  });
});

describe("scoreTeamRouting", () => {
  it("scores only escalations the labels allow, against the accepted teams", () => {
    const score = scoreTeamRouting([
      labelledCase(
        "R1",
        { decision: "immediate_escalation", team: ["engineering", "technical_support"], must_escalate: true },
        { decision: "immediate_escalation", team: "technical_support" },
      ),
      labelledCase(
        "R2",
        { decision: "immediate_escalation", team: "security_team", must_escalate: true },
        { decision: "immediate_escalation", team: "engineering" },
      ),
      labelledCase("R3", { decision: "immediate_escalation", team: "security_team", must_escalate: true }, { decision: "no_escalation" }),
      labelledCase("R4", { must_escalate: false }, { decision: "scheduled_escalation", team: "product" }),
    ]);
    expect(score.n).toBe(2);
    expect(score.accuracy).toBe(0.5);
    expect(score.misrouted).toEqual([{ id: "R2", expected: ["security_team"], got: "engineering" }]);
  });
});

describe("scoreReplies", () => {
  const ack = {
    message: "Hello,\n\nI've passed your request to our engineering team, and a specialist there is taking it over from here.",
    type: "escalation_acknowledgment",
    language: "en",
  };

  it("wants an acknowledgement on every escalation the bot answered", () => {
    const score = scoreReplies([
      labelledCase("A1", { decision: "immediate_escalation", team: "engineering", must_escalate: true }, { decision: "immediate_escalation" }, { reply: ack }),
      labelledCase("A2", { decision: "immediate_escalation", team: "engineering", must_escalate: true }, { decision: "immediate_escalation" }),
      labelledCase(
        "A3",
        { decision: "immediate_escalation", team: "engineering", must_escalate: true },
        { decision: "immediate_escalation" },
        { reply: null, forwarded: true },
      ),
    ]);
    expect(score.acknowledgement).toMatchObject({ n: 2, ok: 1, missing: ["A2"] });
  });

  it("finds false promises with the respond node's own guardrail", () => {
    const score = scoreReplies([
      labelledCase("P1", {}, {}, { reply: { message: "Good news: we have refunded the duplicate charge.", type: "solution", language: "en" } }),
      labelledCase("P2", {}, {}),
    ]);
    expect(score.falsePromises.clean).toBe(1);
    expect(score.falsePromises.found[0]?.id).toBe("P1");
    expect(score.falsePromises.found[0]?.phrases.join(" ")).toMatch(/refunded/);
  });

  it("checks the reply language where a template exists, by label and by text", () => {
    const german = "Hallo,\n\ndanke für Ihre Nachricht. Damit wir Ihnen gezielt helfen können, bräuchten wir noch ein paar Angaben zu Ihrem Konto.";
    const score = scoreReplies([
      labelledCase("L1", { language: "de" }, {}, { reply: { message: german, type: "clarification_request", language: "de" } }),
      labelledCase(
        "L2",
        { language: "de" },
        {},
        { reply: { message: "Hello, thanks for getting in touch. Could you send us a few more details?", type: "clarification_request", language: "de" } },
      ),
      labelledCase("L3", { language: "ja" }, {}, { reply: { message: "Hello", type: "solution", language: "en" } }),
    ]);
    expect(score.language.n).toBe(2);
    expect(score.language.ok).toBe(1);
    expect(score.language.wrong[0]).toMatchObject({ id: "L2", expected: "de" });
  });
});

describe("scoreUsage", () => {
  it("adds up model usage and summarises latency with measured percentiles", () => {
    const usage = { llmCalls: 2, promptTokens: 100, completionTokens: 20, fallbacks: 0 };
    const score = scoreUsage([10, 20, 30, 40].map((ms, i) => labelledCase(`U${i}`, {}, {}, { latencyMs: ms, usage })));
    expect(score).toMatchObject({ invocations: 4, llmCalls: 8, promptTokens: 400, completionTokens: 80, llmCallsPerTicket: 2, tokensPerTicket: 120 });
    expect(score.latency).toMatchObject({ meanMs: 25, p50Ms: 20, p95Ms: 40, maxMs: 40, totalMs: 100 });
  });

  it("takes nearest-rank percentiles", () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe("scoreSlices", () => {
  it("slices by labelled category in taxonomy order, by language, tier and tag", () => {
    const slices = scoreSlices([
      labelledCase(
        "S1",
        { category: "security", decision: "immediate_escalation", team: "security_team", must_escalate: true, language: "ja" },
        { category: "account", decision: "no_escalation" },
        { tags: ["non_latin"] },
      ),
      labelledCase("S2", { category: "billing" }, {}),
    ]);
    expect(slices.byCategory.map((s) => s.slice).slice(0, 2)).toEqual(["technical", "billing"]);
    expect(slices.byCategory.find((s) => s.slice === "security")).toMatchObject({ n: 1, categoryAccuracy: 0, decisionAccuracy: 0, criticalMisses: 1 });
    expect(slices.byLanguage.map((s) => s.slice)).toEqual(["en", "ja"]);
    expect(slices.byTag).toEqual([{ slice: "non_latin", n: 1, categoryAccuracy: 0, decisionAccuracy: 0, criticalMisses: 1 }]);
    expect(slices.byTier[0]).toMatchObject({ slice: "paid", n: 2 });
  });
});

describe("scoreRun and headline", () => {
  it("scores labelled cases, counts every invocation's cost and leaves unlabelled turns unscored", () => {
    const unlabelled = { ...labelledCase("X#1", {}, {}), labels: null, turn: 1 };
    const card = scoreRun([
      labelledCase("X", {}, {}),
      unlabelled,
      labelledCase("Y", { category: "account", team: "customer_success" }, { category: "billing" }),
    ]);
    expect(card.items).toBe(2);
    expect(card.cases).toBe(2);
    expect(card.usage.invocations).toBe(3);
    const h = headline(card);
    expect(h.categoryAccuracy).toBe(0.5);
    expect(h.decisionAccuracy).toBe(1);
    expect(h.criticalMissCount).toBe(0);
    expect(h.escalationRecall).toBeNull();
  });
});
