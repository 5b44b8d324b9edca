/**
 * The report as one self-contained HTML file: the headline numbers, tables
 * and charts (inline SVG, see charts.ts). Every chart sits in a
 * <figure data-chart="…"> so tools (and tests) can find it.
 */
import type { AnalyticsReport } from "./aggregate.js";
import { countBars, rateBars, volumeChart } from "./charts.js";
import { headlineRows, type Row } from "./headline.js";
import { escapeHtml } from "../text/html-escape.js";
import { htmlTable } from "./html-table.js";

const figure = (name: string, svg: string) => `<figure data-chart="${name}">${svg}</figure>`;

export function renderAnalyticsHtml(report: AnalyticsReport): string {
  const e = report.escalation;
  const charts =
    report.volume === 0
      ? "<p>No outcomes recorded in this period.</p>"
      : [
          figure("volume", volumeChart(report.perDay)),
          figure("escalation-by-category", rateBars("Escalation rate by category", e.byCategory)),
          figure("escalation-by-tier", rateBars("Escalation rate by customer tier", e.byTier)),
          figure(
            "escalations-by-team",
            countBars(
              "Escalations by team",
              e.byTeam.map((t) => ({ label: t.group, count: t.tickets })),
            ),
          ),
          figure(
            "decisions",
            countBars(
              "Decisions",
              report.decisions.map((d) => ({ label: d.type, count: d.count })),
            ),
          ),
          figure(
            "satisfaction",
            countBars(
              "Customer satisfaction (1–5)",
              report.satisfaction.distribution.map((d) => ({ label: String(d.score), count: d.count })),
            ),
          ),
        ].join("\n");
  const pct = (v: number | null) => (v === null ? "n/a" : `${(v * 100).toFixed(1)} %`);
  const groupRows = (rows: AnalyticsReport["escalation"]["byCategory"]): Row[] =>
    rows.map((r) => [r.group, String(r.tickets), String(r.escalated), pct(r.rate)]);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Escalation agent report</title>
<style>body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:980px;color:#222}table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ddd;padding:.25rem .6rem;text-align:left}th{background:#f4f6f8}figure{margin:1rem 0}.meta{color:#555}</style>
</head><body>
<h1>Escalation agent report</h1>
<p class="meta">${report.volume} tickets decided ${report.period.from ? `from ${escapeHtml(report.period.from)} to ${escapeHtml(report.period.to ?? "")}` : ""}${report.since ? ` (since ${escapeHtml(report.since)})` : ""} · generated ${escapeHtml(report.generatedAt)}</p>
<h2>Headline</h2>
${htmlTable(["metric", "value"], headlineRows(report))}
<h2>Charts</h2>
${charts}
<h2>Escalation rate by category</h2>
${htmlTable(["category", "tickets", "escalated", "rate"], groupRows(e.byCategory))}
<h2>Escalation rate by tier</h2>
${htmlTable(["tier", "tickets", "escalated", "rate"], groupRows(e.byTier))}
<h2>Escalations by team</h2>
${htmlTable(
  ["team", "escalations", "share of escalations"],
  e.byTeam.map((t) => [t.group, String(t.tickets), pct(t.rate)]),
)}
</body></html>
`;
}
