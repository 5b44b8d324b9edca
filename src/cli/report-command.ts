/**
 * `escalation-agent report [--since <date>] [--out <dir>]`: performance
 * analytics over the stored outcomes (seed Step 8) — tables in the terminal
 * and an HTML report with charts that opens offline. The definition only:
 * report-run.ts, imported when it runs, does the work.
 */
import type { Command } from "commander";
import { UsageError } from "./errors.js";
import { addDbOption } from "./store-option.js";
import type { WriteReportOptions } from "./report-run.js";

export const DEFAULT_REPORT_DIR = ".escalation/report";

function parseSince(value: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new UsageError(`--since: not a date: '${value}' (e.g. 2025-01-31)`);
  return at;
}

export function registerReport(program: Command): void {
  addDbOption(
    program
      .command("report")
      .description("performance analytics over the stored outcomes: terminal tables and an HTML report with charts")
      .option("--since <date>", "only tickets decided on or after this date", parseSince)
      .option("--out <dir>", `folder for report.html and report.json (default ${DEFAULT_REPORT_DIR})`)
      .option("--json", "print the report as one JSON object"),
  ).action(async (options: WriteReportOptions) => (await import("./report-run.js")).writeReport(options));
}
