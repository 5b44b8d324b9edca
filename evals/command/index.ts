/**
 * The eval command's implementation, loaded by src/cli/eval-command.ts:
 * load and validate the dataset, run it (offline or as a LangSmith
 * experiment), score it, write results.json and report.html, and print the
 * scorecard — or compare two runs. Errors the user can fix are printed here
 * and answered with exit code 2; everything else propagates (exit 1).
 */
import { writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { EXIT_OK, EXIT_USAGE } from "../../src/cli/errors.js";
import type { EvalCli, EvalCompareRequest, EvalRunRequest } from "../../src/cli/eval-command.js";
import { startProgress } from "../../src/cli/progress.js";
import { compareRuns } from "../compare.js";
import { datasetName, DEFAULT_DATASET_DIR, loadDataset, type Dataset } from "../dataset.js";
import { renderReport } from "../report/html.js";
import { buildRunRecord, DEFAULT_RESULTS_DIR, makeRunId, readRunRecord, RunRecordError, writeRunRecord } from "../run-record.js";
import { runEval } from "../run-eval.js";
import { scoreRun } from "../scorers/scorecard.js";
import { learningEvaluation } from "../learning/command.js";
import { comparisonTable, scorecardTables } from "./terminal-table.js";

const say = (line: string) => process.stderr.write(`${line}\n`);

/** Problems a user can fix, whichever module instance threw them (see eval-command.ts). */
function usageProblem(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  if (error.name === "ConfigError" || error instanceof RunRecordError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  const path = (error as NodeJS.ErrnoException).path;
  if (code === "ENOENT" && path) return `${path}: no such file or folder`;
  return null;
}

async function evalCommand(request: EvalRunRequest): Promise<number> {
  try {
    return await evaluate(request);
  } catch (error) {
    const problem = usageProblem(error);
    if (problem === null) throw error;
    say(`error: ${problem}`);
    return EXIT_USAGE;
  }
}

async function evaluate(request: EvalRunRequest): Promise<number> {
  const source = request.dataset ? resolve(request.dataset) : DEFAULT_DATASET_DIR;
  const dataset = loadDataset(source);
  if (!valid(dataset)) return EXIT_USAGE;
  if (request.learnFrom) return learningEvaluation({ ...request, learnFrom: request.learnFrom }, dataset, source);

  const createdAt = new Date();
  const runId = makeRunId(request.model, createdAt);
  const outDir = resolve(request.out ?? join(DEFAULT_RESULTS_DIR, runId));
  const progress = startProgress(dataset.items.length, "eval");
  const run = await runEval({
    items: dataset.items,
    model: request.model,
    datasetName: datasetName(source),
    ...(request.config ? { agent: { routing: request.config } } : {}),
    onItem: (item) => progress.tick(item.id),
    log: say,
  }).finally(() => progress.stop());

  const record = buildRunRecord({
    runId,
    createdAt: createdAt.toISOString(),
    model: request.model,
    command: request.command,
    dataset: { source: relative(process.cwd(), source) || ".", name: datasetName(source), items: dataset.items.length },
    scorecard: scoreRun(run.results),
    cases: run.results,
    langsmith: run.langsmith,
  });
  const resultsFile = writeRunRecord(outDir, record);
  const reportFile = join(outDir, "report.html");
  writeFileSync(reportFile, renderReport(record));

  if (request.json) {
    const summary = {
      runId,
      model: record.model,
      dataset: record.dataset,
      metrics: record.headline,
      criticalMisses: record.criticalMisses,
      results: resultsFile,
      report: reportFile,
      langsmith: record.langsmith,
    };
    process.stdout.write(JSON.stringify(summary) + "\n");
  } else {
    process.stdout.write(`${scorecardTables(record)}\nresults: ${resultsFile}\nreport:  ${reportFile}\n`);
  }
  return EXIT_OK;
}

function valid(dataset: Dataset): boolean {
  for (const p of dataset.problems) say(`error: ${p.location}: ${p.field}: ${p.message}`);
  if (dataset.problems.length > 0) {
    say(`${dataset.problems.length} problem(s) in the dataset; fix them before scoring (labels must be trustworthy)`);
    return false;
  }
  if (dataset.items.length === 0) {
    say(`error: ${dataset.source}: no eval items`);
    return false;
  }
  return true;
}

async function compareCommand(request: EvalCompareRequest): Promise<number> {
  try {
    const comparison = compareRuns(readRunRecord(request.a), readRunRecord(request.b));
    process.stdout.write(request.json ? JSON.stringify(comparison) + "\n" : comparisonTable(comparison) + "\n");
    return EXIT_OK;
  } catch (error) {
    const problem = usageProblem(error);
    if (problem === null) throw error;
    say(`error: ${problem}`);
    return EXIT_USAGE;
  }
}

export const evalCli: EvalCli = { evalCommand, compareCommand };
