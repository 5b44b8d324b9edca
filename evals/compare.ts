/**
 * What changed between two runs: every headline metric with its delta and
 * whether that is better or worse, critical misses fixed and introduced,
 * and the cases whose decision went from right to wrong or back.
 */
import type { CaseResult } from "./case-result.js";
import type { RunRecord } from "./run-record.js";
import { LOWER_IS_BETTER, type Headline } from "./scorers/scorecard.js";

export interface MetricDelta {
  metric: keyof Headline;
  a: number | null;
  b: number | null;
  /** b − a; null when either side has no value. */
  delta: number | null;
  /** "better" / "worse" by the metric's direction, "same" at 0, null without a delta. */
  verdict: "better" | "worse" | "same" | null;
}

export interface RunComparison {
  a: { runId: string; model: string; dataset: string };
  b: { runId: string; model: string; dataset: string };
  metrics: MetricDelta[];
  criticalMisses: { fixed: string[]; introduced: string[] };
  decisions: { fixed: string[]; broken: string[] };
  /** Case ids present in only one of the runs (different datasets). */
  onlyInA: string[];
  onlyInB: string[];
}

export function compareRuns(a: RunRecord, b: RunRecord): RunComparison {
  const metrics = (Object.keys(a.headline) as Array<keyof Headline>).map((metric) => {
    const va = a.headline[metric];
    const vb = b.headline[metric];
    const delta = va === null || vb === null ? null : vb - va;
    const verdict: MetricDelta["verdict"] = delta === null ? null : delta === 0 ? "same" : delta < 0 === LOWER_IS_BETTER.has(metric) ? "better" : "worse";
    return { metric, a: va, b: vb, delta, verdict };
  });
  const missesA = new Set(a.criticalMisses);
  const missesB = new Set(b.criticalMisses);
  const casesA = byId(a.cases);
  const casesB = byId(b.cases);
  const fixed: string[] = [];
  const broken: string[] = [];
  for (const [id, caseB] of casesB) {
    const caseA = casesA.get(id);
    if (!caseA || !caseA.labels || !caseB.labels) continue;
    const rightA = decisionRight(caseA);
    const rightB = decisionRight(caseB);
    if (!rightA && rightB) fixed.push(id);
    if (rightA && !rightB) broken.push(id);
  }
  const describe = (r: RunRecord) => ({ runId: r.runId, model: r.model, dataset: r.dataset.name });
  return {
    a: describe(a),
    b: describe(b),
    metrics,
    criticalMisses: {
      fixed: a.criticalMisses.filter((id) => !missesB.has(id) && casesB.has(id)),
      introduced: b.criticalMisses.filter((id) => !missesA.has(id)),
    },
    decisions: { fixed, broken },
    onlyInA: [...casesA.keys()].filter((id) => !casesB.has(id)),
    onlyInB: [...casesB.keys()].filter((id) => !casesA.has(id)),
  };
}

function byId(cases: readonly CaseResult[]): Map<string, CaseResult> {
  return new Map(cases.map((c) => [c.id, c]));
}

function decisionRight(c: CaseResult): boolean {
  return c.predicted !== null && c.labels !== null && c.labels.decision.includes(c.predicted.decision);
}
