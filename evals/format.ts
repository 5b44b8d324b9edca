/**
 * How metrics read in the terminal table and the HTML report. Shown values
 * are cut, never rounded up, so a displayed score is never better than the
 * measured one (70.96 % reads 70.9 %); results.json keeps full precision.
 */
import type { Headline } from "./scorers/scorecard.js";

/** Cuts a number to `digits` decimals toward zero, as text. */
export function cut(value: number, digits = 1): string {
  const factor = 10 ** digits;
  // The nudge keeps binary noise (0.29 * 1000 = 289.999…) from cutting a whole step.
  return (Math.trunc(value * factor + Math.sign(value) * 1e-9) / factor).toFixed(digits);
}

export function percent(value: number | null, digits = 1): string {
  return value === null ? "n/a" : `${cut(value * 100, digits)} %`;
}

export function millis(value: number | null): string {
  return value === null ? "n/a" : `${cut(value)} ms`;
}

/** Labels for the headline metrics, in the order they are shown. */
export const HEADLINE_LABELS: ReadonlyArray<[keyof Headline, string]> = [
  ["decisionAccuracy", "decision type accuracy"],
  ["decisionMacroF1", "decision type macro-F1"],
  ["escalationPrecision", "escalation precision"],
  ["escalationRecall", "escalation recall"],
  ["escalationF1", "escalation F1"],
  ["criticalMissCount", "critical misses"],
  ["overEscalationRate", "over-escalation rate"],
  ["categoryAccuracy", "category accuracy"],
  ["categoryMacroF1", "category macro-F1"],
  ["priorityAccuracy", "priority accuracy"],
  ["priorityMacroF1", "priority macro-F1"],
  ["priorityWithinOne", "priority within one level"],
  ["teamAccuracy", "team accuracy"],
  ["teamMacroF1", "team macro-F1"],
  ["teamRoutingAccuracy", "team routing accuracy (escalated)"],
  ["languageAccuracy", "language accuracy"],
  ["replyAcknowledgesHandoff", "reply acknowledges handoff"],
  ["replyNoFalsePromises", "reply without false promises"],
  ["replySameLanguage", "reply in customer's language"],
  ["failures", "failed runs"],
  ["llmCalls", "model calls"],
  ["promptTokens", "prompt tokens"],
  ["completionTokens", "completion tokens"],
  ["latencyMeanMs", "latency mean"],
  ["latencyP95Ms", "latency p95"],
];

const COUNTS: ReadonlySet<keyof Headline> = new Set(["criticalMissCount", "failures", "llmCalls", "promptTokens", "completionTokens"]);
const TIMES: ReadonlySet<keyof Headline> = new Set(["latencyMeanMs", "latencyP95Ms"]);

export function formatMetric(metric: keyof Headline, value: number | null): string {
  if (COUNTS.has(metric)) return value === null ? "n/a" : String(value);
  if (TIMES.has(metric)) return millis(value);
  return percent(value);
}

/** A delta as a signed string in the metric's unit ("+2.5 pp", "-3", "+1.2 ms"). */
export function formatDelta(metric: keyof Headline, delta: number | null): string {
  if (delta === null) return "n/a";
  const sign = delta > 0 ? "+" : "";
  if (COUNTS.has(metric)) return `${sign}${delta}`;
  if (TIMES.has(metric)) return `${sign}${cut(delta)} ms`;
  return `${sign}${cut(delta * 100)} pp`;
}
