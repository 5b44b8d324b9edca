/**
 * `learning.html`: the held-out metrics without and with learning, side by
 * side, what the history taught, and links to each run's full report. One
 * self-contained file; the chart is static SVG (see ../report/charts.ts).
 */
import { escapeHtml } from "../../src/text/html-escape.js";
import type { RunComparison } from "../compare.js";
import { formatDelta, formatMetric, HEADLINE_LABELS } from "../format.js";
import { shareBars } from "../report/charts.js";
import type { FeedSummary } from "./feed.js";

const esc = escapeHtml;

export interface LearningReportInput {
  command: string;
  historySource: string;
  feed: FeedSummary;
  learned: string[];
  comparison: RunComparison;
}

const CHARTED = ["decisionAccuracy", "escalationPrecision", "escalationRecall", "escalationF1", "overEscalationRate"] as const;

export function renderLearningReport(input: LearningReportInput): string {
  const { comparison, feed } = input;
  const metric = (key: (typeof CHARTED)[number]) => comparison.metrics.find((m) => m.metric === key);
  const chart = shareBars(
    "Held-out metrics without and with learning",
    CHARTED.map((key) => HEADLINE_LABELS.find(([k]) => k === key)?.[1] ?? key),
    [
      { name: "without learning", values: CHARTED.map((key) => metric(key)?.a ?? null) },
      { name: `with learning (${feed.verdicts} verdicts)`, values: CHARTED.map((key) => metric(key)?.b ?? null) },
    ],
  );
  const rows = comparison.metrics
    .map((m) => {
      const label = HEADLINE_LABELS.find(([key]) => key === m.metric)?.[1] ?? m.metric;
      return `<tr><td>${esc(label)}</td><td>${formatMetric(m.metric, m.a)}</td><td>${formatMetric(m.metric, m.b)}</td><td>${formatDelta(m.metric, m.delta)}</td><td>${m.verdict ?? ""}</td></tr>`;
    })
    .join("\n");
  const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>` : "<p>none</p>");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Learning from outcomes</title>
<style>body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:960px;color:#222}table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ddd;padding:.25rem .6rem;text-align:left}th{background:#f4f6f8}code{background:#f4f6f8;padding:0 .25rem}</style>
</head><body>
<h1>Learning from outcomes</h1>
<p>The same held-out items, scored by an agent that has learned nothing (A) and by one first fed <b>${feed.fed}</b> history tickets from <code>${esc(input.historySource)}</code> with <b>${feed.verdicts}</b> verdicts (B; ${feed.escalated} of them escalated and resolved by a person, the rest reviewed).<br>reproduce: <code>${esc(input.command)}</code></p>
<h2>What the history taught</h2>${list(input.learned)}
<div>${chart}</div>
<h2>Metrics</h2>
<table><thead><tr><th>metric</th><th>without learning</th><th>with learning</th><th>delta</th><th></th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>Decisions</h2>
<p>fixed by learning:</p>${list(comparison.decisions.fixed)}
<p>broken by learning:</p>${list(comparison.decisions.broken)}
<p>critical misses fixed: ${esc(comparison.criticalMisses.fixed.join(", ") || "none")}; new: ${esc(comparison.criticalMisses.introduced.join(", ") || "none")}</p>
<p>Full reports: <a href="without-learning/report.html">without learning</a> · <a href="with-learning/report.html">with learning</a></p>
</body></html>
`;
}
