/**
 * The scorecard and a comparison as terminal tables (cli-table3). Plain
 * borders and no colour codes, so the tables read the same in a pipe or a
 * CI log as on a terminal.
 */
import Table from "cli-table3";
import type { RunComparison } from "../compare.js";
import { formatDelta, formatMetric, HEADLINE_LABELS, percent } from "../format.js";
import type { RunRecord } from "../run-record.js";
import { SCORED_FIELDS } from "../scorers/scorecard.js";

const STYLE = { head: [] as string[], border: [] as string[] };
/** No rule between body rows: a 25-row scorecard stays readable on one screen. */
const CHARS = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };

export function scorecardTables(record: RunRecord): string {
  const card = record.scorecard;
  const summary = new Table({ head: ["metric", "value"], style: STYLE, chars: CHARS });
  for (const [key, label] of HEADLINE_LABELS) summary.push([label, formatMetric(key, record.headline[key])]);

  const fields = new Table({ head: ["field", "n", "accuracy", "macro-F1"], style: STYLE, chars: CHARS });
  for (const field of SCORED_FIELDS) {
    const score = card.fields[field];
    fields.push([field, String(score.n), percent(score.accuracy), percent(score.macroF1)]);
  }

  const misses = card.escalation.criticalMisses;
  const missTable = new Table({ head: ["critical miss", "expected", "agent decided"], style: STYLE, chars: CHARS });
  for (const m of misses) missTable.push([m.id, m.expected.join(" | "), m.got ?? "(run failed)"]);

  return [
    `eval ${record.runId}: model ${record.model}, dataset ${record.dataset.name} (${record.dataset.items} items, ${card.cases} labelled decision points)`,
    summary.toString(),
    fields.toString(),
    misses.length === 0 ? "no critical misses" : `${misses.length} critical miss(es):\n${missTable.toString()}`,
  ].join("\n");
}

export function comparisonTable(comparison: RunComparison): string {
  const table = new Table({ head: ["metric", "A", "B", "delta", ""], style: STYLE, chars: CHARS });
  for (const row of comparison.metrics) {
    const label = HEADLINE_LABELS.find(([key]) => key === row.metric)?.[1] ?? row.metric;
    table.push([label, formatMetric(row.metric, row.a), formatMetric(row.metric, row.b), formatDelta(row.metric, row.delta), row.verdict ?? ""]);
  }
  const list = (ids: string[]) => (ids.length ? ids.join(", ") : "none");
  return [
    `A: ${comparison.a.runId} (${comparison.a.model}, ${comparison.a.dataset})`,
    `B: ${comparison.b.runId} (${comparison.b.model}, ${comparison.b.dataset})`,
    table.toString(),
    `critical misses fixed in B: ${list(comparison.criticalMisses.fixed)}`,
    `critical misses new in B: ${list(comparison.criticalMisses.introduced)}`,
    `decisions fixed in B: ${list(comparison.decisions.fixed)}`,
    `decisions broken in B: ${list(comparison.decisions.broken)}`,
    ...(comparison.onlyInA.length || comparison.onlyInB.length
      ? [`cases only in A: ${comparison.onlyInA.length}, only in B: ${comparison.onlyInB.length} (different datasets)`]
      : []),
  ].join("\n");
}
