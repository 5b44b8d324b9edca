/**
 * `escalation-agent eval --learn-from <history.jsonl>`: feeds the history
 * (tickets with verdicts) to a fresh agent, then scores the eval items with
 * it and with an agent that learned nothing. Writes both runs (results.json
 * and report.html each), learning.json and learning.html, and prints what
 * was learned and the metrics side by side.
 */
import { writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { EXIT_OK, EXIT_USAGE } from "../../src/cli/errors.js";
import type { EvalRunRequest } from "../../src/cli/eval-command.js";
import { startProgress } from "../../src/cli/progress.js";
import { comparisonTable } from "../command/terminal-table.js";
import { compareRuns } from "../compare.js";
import { datasetName, type Dataset } from "../dataset.js";
import { renderReport } from "../report/html.js";
import { buildRunRecord, DEFAULT_RESULTS_DIR, makeRunId, writeRunRecord } from "../run-record.js";
import { scoreRun } from "../scorers/scorecard.js";
import { loadHistory } from "./history.js";
import { evaluateWithLearning } from "./learn-from.js";
import { renderLearningReport } from "./report.js";

const say = (line: string) => process.stderr.write(`${line}\n`);

export async function learningEvaluation(request: EvalRunRequest & { learnFrom: string }, dataset: Dataset, source: string): Promise<number> {
  const history = loadHistory(resolve(request.learnFrom));
  for (const p of history.problems) say(`error: ${p.location}: ${p.field}: ${p.message}`);
  if (history.problems.length > 0 || history.rows.length === 0) {
    if (history.rows.length === 0 && history.problems.length === 0) say(`error: ${request.learnFrom}: no history rows`);
    return EXIT_USAGE;
  }

  const createdAt = new Date();
  const runId = `${makeRunId(request.model, createdAt)}-learning`;
  const outDir = resolve(request.out ?? join(DEFAULT_RESULTS_DIR, runId));
  const progress = startProgress(dataset.items.length * 2 + history.rows.length, "eval --learn-from");
  const run = await evaluateWithLearning({
    items: dataset.items,
    history: history.rows,
    model: request.model,
    ...(request.config ? { agent: { routing: request.config } } : {}),
    onItem: (item) => progress.tick(item.id),
    onHistoryRow: (row) => progress.tick(row.id),
  });
  progress.stop();

  const datasetInfo = { source: relative(process.cwd(), source) || ".", name: datasetName(source), items: dataset.items.length };
  const record = (variant: string, cases: typeof run.withLearning) =>
    buildRunRecord({
      runId: `${runId}-${variant}`,
      createdAt: createdAt.toISOString(),
      model: request.model,
      command: request.command,
      dataset: datasetInfo,
      scorecard: scoreRun(cases),
      cases,
      langsmith: null,
    });
  const without = record("without", run.withoutLearning);
  const withLearning = record("with", run.withLearning);
  for (const [dir, rec] of [
    ["without-learning", without],
    ["with-learning", withLearning],
  ] as const) {
    writeRunRecord(join(outDir, dir), rec);
    writeFileSync(join(outDir, dir, "report.html"), renderReport(rec));
  }
  const comparison = compareRuns(without, withLearning);
  const summary = {
    runId,
    model: request.model,
    dataset: datasetInfo,
    history: { source: relative(process.cwd(), history.source), ...run.feed },
    learned: run.learned,
    withoutLearning: without.headline,
    withLearning: withLearning.headline,
    decisions: comparison.decisions,
    criticalMisses: comparison.criticalMisses,
  };
  writeFileSync(join(outDir, "learning.json"), JSON.stringify(summary, null, 2) + "\n");
  const reportFile = join(outDir, "learning.html");
  writeFileSync(
    reportFile,
    renderLearningReport({ command: request.command, historySource: summary.history.source, feed: run.feed, learned: run.learned, comparison }),
  );

  if (request.json) {
    process.stdout.write(JSON.stringify({ ...summary, report: reportFile }) + "\n");
  } else {
    const learned = run.learned.length ? run.learned.map((l) => `  ${l}`).join("\n") : "  nothing: no segment had enough one-sided verdicts";
    process.stdout.write(
      [
        `fed ${run.feed.fed} history tickets (${run.feed.verdicts} verdicts, ${run.feed.failures.length} failed) from ${summary.history.source}`,
        "learned:",
        learned,
        "A = without learning, B = with learning",
        comparisonTable(comparison),
        `report: ${reportFile}`,
        "",
      ].join("\n"),
    );
  }
  return EXIT_OK;
}
