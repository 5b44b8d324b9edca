/** The headline numbers as label/value rows, shared by the terminal table and the HTML report. */
import type { AnalyticsReport } from "./aggregate.js";

export type Row = string[];

const pct = (v: number | null) => (v === null ? "n/a" : `${(v * 100).toFixed(1)} %`);
const num = (v: number | null, unit: string, digits = 0) => (v === null ? "n/a" : `${v.toFixed(digits)} ${unit}`);

export function headlineRows(r: AnalyticsReport): Row[] {
  const v = r.verdicts;
  return [
    ["tickets", String(r.volume)],
    ["escalation rate", `${pct(r.escalation.rate)} (${r.escalation.escalated})`],
    ["automation rate (no person needed)", pct(r.automationRate)],
    ["escalation precision (verdicts)", `${pct(v.precision)} (${v.escalationsAppropriate}/${v.escalationsJudged} judged appropriate)`],
    ["missed escalations (reviews)", `${pct(v.missRate)} (${v.keptShouldHaveEscalated}/${v.keptJudged} kept tickets)`],
    ["decisions changed by learning", String(r.learnedChanges)],
    ["fallback rate", `${pct(r.fallbacks.rate)} (${r.fallbacks.tickets})`],
    ["time to decision p50 / p95", `${num(r.timeToDecisionMs.p50, "ms", 1)} / ${num(r.timeToDecisionMs.p95, "ms", 1)}`],
    ["resolution time p50 / p95", `${num(r.resolutionMinutes.p50, "min")} / ${num(r.resolutionMinutes.p95, "min")} (n=${r.resolutionMinutes.n})`],
    ["satisfaction", r.satisfaction.mean === null ? "n/a" : `${r.satisfaction.mean.toFixed(2)} / 5 (n=${r.satisfaction.n})`],
    ["surveys scheduled / sent / answered / failed", `${r.surveys.scheduled} / ${r.surveys.sent} / ${r.surveys.answered} / ${r.surveys.failed}`],
    ["model calls (per ticket)", `${r.model.calls} (${r.model.callsPerTicket === null ? "n/a" : r.model.callsPerTicket.toFixed(2)})`],
    ["tokens prompt / completion", `${r.model.promptTokens} / ${r.model.completionTokens}`],
  ];
}
