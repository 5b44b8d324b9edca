import { describe, expect, it } from "vitest";
import { compareRuns } from "../../evals/compare.js";
import { buildRunRecord, type RunRecord } from "../../evals/run-record.js";
import { scoreRun } from "../../evals/scorers/scorecard.js";
import type { CaseResult } from "../../evals/case-result.js";
import { labelledCase } from "./case-factory.js";

function record(runId: string, cases: CaseResult[]): RunRecord {
  return buildRunRecord({
    runId,
    createdAt: "2026-01-01T00:00:00.000Z",
    model: "rules",
    command: "npx escalation-agent eval --model rules",
    dataset: { source: "x", name: "x", items: cases.length },
    scorecard: scoreRun(cases),
    cases,
    langsmith: null,
  });
}

const must = { decision: "immediate_escalation" as const, team: "engineering" as const, must_escalate: true };

describe("compareRuns", () => {
  const a = record("A", [
    labelledCase("T1", must, { decision: "no_escalation" }),
    labelledCase("T2", must, { decision: "immediate_escalation", team: "engineering" }),
  ]);
  const b = record("B", [
    labelledCase("T1", must, { decision: "immediate_escalation", team: "engineering" }),
    labelledCase("T2", must, { decision: "no_escalation" }),
  ]);
  const comparison = compareRuns(a, b);

  it("lists critical misses fixed and introduced, and decisions that flipped", () => {
    expect(comparison.criticalMisses).toEqual({ fixed: ["T1"], introduced: ["T2"] });
    expect(comparison.decisions).toEqual({ fixed: ["T1"], broken: ["T2"] });
  });

  it("gives each headline metric its delta and a verdict by the metric's direction", () => {
    const faster = compareRuns(
      a,
      record(
        "C",
        b.cases.map((c) => ({ ...c, latencyMs: 5 })),
      ),
    );
    const latency = faster.metrics.find((m) => m.metric === "latencyMeanMs");
    expect(latency).toMatchObject({ a: 10, b: 5, delta: -5, verdict: "better" });
    const recall = comparison.metrics.find((m) => m.metric === "escalationRecall");
    expect(recall).toMatchObject({ a: 0.5, b: 0.5, delta: 0, verdict: "same" });
    const worse = compareRuns(
      a,
      record("D", [labelledCase("T1", must, { decision: "no_escalation" }), labelledCase("T2", must, { decision: "no_escalation" })]),
    );
    expect(worse.metrics.find((m) => m.metric === "criticalMissCount")).toMatchObject({ delta: 1, verdict: "worse" });
  });
});
