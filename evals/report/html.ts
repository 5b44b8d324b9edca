/**
 * The HTML report of one run: the scorecard, the critical misses, charts
 * (confusion heatmaps, per-category accuracy, escalation P/R/F1, slices)
 * and every wrong decision. One self-contained file, no scripts.
 */
import { escalates } from "../case-result.js";
import { formatMetric, HEADLINE_LABELS, millis, percent } from "../format.js";
import type { RunRecord } from "../run-record.js";
import type { SliceScore } from "../scorers/slices.js";
import { htmlTable } from "../../src/analytics/html-table.js";
import { escapeHtml } from "../../src/text/html-escape.js";
import { confusionHeatmap, shareBars } from "./charts.js";

function sliceChart(title: string, slices: readonly SliceScore[]): string {
  const shown = slices.filter((s) => s.n > 0);
  return shareBars(
    title,
    shown.map((s) => `${s.slice} (n=${s.n})`),
    [{ name: "decision accuracy", values: shown.map((s) => s.decisionAccuracy) }],
  );
}

export function renderReport(record: RunRecord): string {
  const card = record.scorecard;
  const { escalation, replies, usage } = card;
  const cases = record.cases.filter((c) => c.labels !== null);
  const wrongDecisions = cases.filter((c) => !(c.predicted && c.labels?.decision.includes(c.predicted.decision)));
  const categories = card.slices.byCategory.filter((s) => s.n > 0);

  const sections = [
    `<h1>Eval run ${escapeHtml(record.runId)}</h1>
<p class="meta">model <b>${escapeHtml(record.model)}</b> · dataset <b>${escapeHtml(record.dataset.name)}</b> (${record.dataset.items} items, ${card.cases} labelled decision points, ${usage.invocations} invocations) · ${escapeHtml(record.createdAt)}<br>
reproduce: <code>${escapeHtml(record.command)}</code>${record.langsmith ? `<br>LangSmith experiment <b>${escapeHtml(record.langsmith.experiment)}</b> on dataset <b>${escapeHtml(record.langsmith.dataset)}</b>${record.langsmith.url ? ` — ${escapeHtml(record.langsmith.url)}` : ""}` : ""}</p>`,
    `<h2>Scorecard</h2>${htmlTable(
      ["metric", "value"],
      HEADLINE_LABELS.map(([key, label]) => [label, formatMetric(key, record.headline[key])]),
    )}`,
    `<h2>Critical misses (${escalation.criticalMisses.length})</h2>
<p>Tickets that must be escalated and were not.</p>
${htmlTable(
  ["id", "subject", "expected", "agent decided"],
  escalation.criticalMisses.map((m) => [m.id, m.subject, m.expected.join(" | "), m.got ?? "(run failed)"]),
)}`,
    `<h2>Escalation</h2>
<p>Escalate = any decision but no_escalation. ${escalation.mustEscalate} must escalate, ${escalation.mustNotEscalate} must not, ${escalation.either} either way (left out of precision and recall). Over-escalation: ${percent(escalation.overEscalationRate)} (${escalation.falsePositives} of ${escalation.mustNotEscalate}).</p>
<div class="chart">${shareBars(
      "Escalation precision, recall, F1",
      ["precision", "recall", "F1", "over-escalation"],
      [{ name: "share", values: [escalation.precision, escalation.recall, escalation.f1, escalation.overEscalationRate] }],
    )}</div>
<h3>Over-escalated</h3>${htmlTable(
      ["id"],
      escalation.overEscalated.map((id) => [id]),
    )}`,
    `<h2>Per category</h2>
<div class="chart">${shareBars(
      "Accuracy by labelled category",
      categories.map((s) => `${s.slice} (n=${s.n})`),
      [
        { name: "category", values: categories.map((s) => s.categoryAccuracy) },
        { name: "decision type", values: categories.map((s) => s.decisionAccuracy) },
      ],
    )}</div>`,
    `<h2>Slices</h2>
<div class="chart">${sliceChart("Decision accuracy by language", card.slices.byLanguage)}</div>
<div class="chart">${sliceChart("Decision accuracy by customer tier", card.slices.byTier)}</div>
<div class="chart">${sliceChart("Decision accuracy by theme", card.slices.byTag)}</div>
${htmlTable(
  ["slice", "n", "category accuracy", "decision accuracy", "critical misses"],
  [...card.slices.byLanguage, ...card.slices.byTier, ...card.slices.byTag]
    .filter((s) => s.n > 0)
    .map((s) => [s.slice, String(s.n), percent(s.categoryAccuracy), percent(s.decisionAccuracy), String(s.criticalMisses)]),
)}`,
    `<h2>Confusion matrices</h2>
<p>Rows: expected (for an accepted set, the agent's answer when it is in the set, else the preferred label). Columns: what the agent said.</p>
<div class="grid">
<div class="chart">${confusionHeatmap("Decision type", card.fields.decision.confusion)}</div>
<div class="chart">${confusionHeatmap("Category", card.fields.category.confusion)}</div>
<div class="chart">${confusionHeatmap("Priority", card.fields.priority.confusion)}</div>
<div class="chart">${confusionHeatmap("Team", card.fields.team.confusion)}</div>
</div>`,
    `<h2>Replies</h2>
<ul>
<li>acknowledges the handoff when escalating: ${percent(replies.acknowledgement.rate)} (${replies.acknowledgement.ok} of ${replies.acknowledgement.n})${replies.acknowledgement.missing.length ? ` — missing: ${escapeHtml(replies.acknowledgement.missing.join(", "))}` : ""}</li>
<li>no false promises: ${percent(replies.falsePromises.rate)} (${replies.falsePromises.clean} of ${replies.falsePromises.n})</li>
<li>in the customer's language (en, de, es, fr): ${percent(replies.language.rate)} (${replies.language.ok} of ${replies.language.n})</li>
</ul>
${htmlTable(
  ["id", "false promise"],
  replies.falsePromises.found.map((f) => [f.id, f.phrases.join(" | ")]),
  "no false promises found",
)}
${htmlTable(
  ["id", "expected language", "reply"],
  replies.language.wrong.map((w) => [w.id, w.expected, w.got ?? "(no reply)"]),
  "every reply in the customer's language",
)}`,
    `<h2>Wrong decisions (${wrongDecisions.length})</h2>
${htmlTable(
  ["id", "expected", "agent", "category (expected → agent)", "priority (expected → agent)", "tier", "tags"],
  wrongDecisions.map((c) => [
    c.id,
    c.labels?.decision.join(" | ") ?? "",
    c.predicted ? `${c.predicted.decision} → ${escalates(c.predicted.decision) ? c.predicted.team : "bot"}` : (c.error ?? "(failed)"),
    `${c.labels?.category} → ${c.predicted?.category ?? "?"}`,
    `${c.labels?.priority} → ${c.predicted?.priority ?? "?"}`,
    c.tier,
    c.tags.join(", "),
  ]),
)}
<h3>Misrouted escalations</h3>
${htmlTable(
  ["id", "expected team", "agent's team"],
  card.teamRouting.misrouted.map((m) => [m.id, m.expected.join(" | "), m.got]),
)}`,
    `<h2>Cost</h2>
<p>${usage.invocations} invocations · model calls ${usage.llmCalls} · prompt tokens ${usage.promptTokens} · completion tokens ${usage.completionTokens} · fallbacks ${usage.fallbacks}<br>
latency per invocation: mean ${millis(usage.latency.meanMs)}, p50 ${millis(usage.latency.p50Ms)}, p95 ${millis(usage.latency.p95Ms)}, max ${millis(usage.latency.maxMs)}</p>
${
  card.failures.length
    ? `<h3>Failed runs</h3>${htmlTable(
        ["id", "error"],
        card.failures.map((f) => [f.id, f.error]),
      )}`
    : ""
}`,
  ];

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Eval ${escapeHtml(record.runId)}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #1b1f24; }
h1 { font-size: 1.5rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; }
.meta { color: #57606a; } code { background: #f6f8fa; padding: .1rem .3rem; border-radius: 4px; }
table { border-collapse: collapse; margin: .6rem 0; } th, td { border: 1px solid #d0d7de; padding: .25rem .55rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } .empty { color: #57606a; font-style: italic; }
.grid { display: flex; flex-wrap: wrap; gap: 1rem; } .chart svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
${sections.join("\n")}
</body>
</html>
`;
}
