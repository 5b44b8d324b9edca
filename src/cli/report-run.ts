/**
 * What `escalation-agent report` (report-command.ts) does once it runs: the
 * analytics over the stored outcomes, as terminal tables and an HTML report.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { aggregate, type AnalyticsReport } from "../analytics/aggregate.js";
import { headlineRows } from "../analytics/headline.js";
import { readFollowUps } from "../followups/follow-up.js";
import { readOutcomes } from "../learning/outcomes.js";
import type { StoreCliOptions } from "./store-option.js";
import { withStore } from "./with-store.js";
import { DEFAULT_REPORT_DIR } from "./report-command.js";
import { formatTable } from "./print-rows.js";

const pct = (v: number | null) => (v === null ? "n/a" : `${(v * 100).toFixed(1)} %`);

export function reportTables(report: AnalyticsReport): string {
  const headline = formatTable(["metric", "value"], headlineRows(report));
  const groups = (title: string, rows: AnalyticsReport["escalation"]["byCategory"]) =>
    formatTable(
      [title, "tickets", "escalated", "rate"],
      rows.map((r) => [r.group, String(r.tickets), String(r.escalated), pct(r.rate)]),
    );
  const teams = formatTable(
    ["team", "escalations", "share"],
    report.escalation.byTeam.map((t) => [t.group, String(t.tickets), pct(t.rate)]),
  );
  return [headline, groups("category", report.escalation.byCategory), groups("tier", report.escalation.byTier), teams].join("\n");
}

export type WriteReportOptions = StoreCliOptions & { since?: Date; out?: string; json?: boolean };

export async function writeReport(options: WriteReportOptions): Promise<void> {
  return withStore(options, async (store) => {
    const [outcomes, followUps] = await Promise.all([readOutcomes(store), readFollowUps(store)]);
    const report = aggregate(outcomes, followUps, { now: new Date(), ...(options.since ? { since: options.since } : {}) });
    const dir = resolve(options.out ?? DEFAULT_REPORT_DIR);
    mkdirSync(dir, { recursive: true });
    const html = join(dir, "report.html");
    // The report and its charts load only here, not in every command's start-up.
    const { renderAnalyticsHtml } = await import("../analytics/html.js");
    writeFileSync(html, renderAnalyticsHtml(report));
    writeFileSync(join(dir, "report.json"), JSON.stringify(report, null, 2) + "\n");
    if (options.json) process.stdout.write(JSON.stringify({ ...report, html }) + "\n");
    else process.stdout.write(`${reportTables(report)}\nreport: ${html}\n`);
  });
}
