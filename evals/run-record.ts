/**
 * A finished eval run as it is kept on disk: `results.json` in the run's
 * folder (default `evals/results/<run id>/`, gitignored), next to the HTML
 * report. `--compare` reads two of these back.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CaseResult } from "./case-result.js";
import { headline, type Headline, type Scorecard } from "./scorers/scorecard.js";

/** Where runs go unless `--out` says otherwise. */
export const DEFAULT_RESULTS_DIR = fileURLToPath(new URL("./results", import.meta.url));

/** Bumped when the file's shape changes, so an old run is refused instead of misread. */
export const RUN_RECORD_VERSION = 1;

export interface LangSmithLink {
  dataset: string;
  experiment: string;
  url?: string;
}

export interface RunRecord {
  version: typeof RUN_RECORD_VERSION;
  runId: string;
  createdAt: string;
  model: string;
  /** The command line that reproduces the run. */
  command: string;
  dataset: { source: string; name: string; items: number };
  headline: Headline;
  /** Ids of must-escalate cases the agent did not escalate. */
  criticalMisses: string[];
  scorecard: Scorecard;
  cases: CaseResult[];
  langsmith: LangSmithLink | null;
}

export function buildRunRecord(input: Omit<RunRecord, "version" | "headline" | "criticalMisses">): RunRecord {
  return {
    version: RUN_RECORD_VERSION,
    ...input,
    headline: headline(input.scorecard),
    criticalMisses: input.scorecard.escalation.criticalMisses.map((m) => m.id),
  };
}

/** `2026-01-31T09-15-02-rules`: sorts by time, says which model, safe as a folder name. */
export function makeRunId(model: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d+Z$/, "")
    .replace(/:/g, "-");
  return `${stamp}-${model.replace(/[^A-Za-z0-9._-]+/g, "_")}`;
}

export function writeRunRecord(dir: string, record: RunRecord): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "results.json");
  writeFileSync(file, JSON.stringify(record, null, 2) + "\n");
  return file;
}

/**
 * Reads a run given its folder, its results.json, or its id under the
 * default results folder.
 */
export function readRunRecord(ref: string, resultsDir: string = DEFAULT_RESULTS_DIR): RunRecord {
  const candidates = [ref, join(resultsDir, ref)].flatMap((p) => (existsSync(p) && statSync(p).isDirectory() ? [join(p, "results.json")] : [p]));
  const file = candidates.find((p) => existsSync(p) && statSync(p).isFile());
  if (!file) throw new RunRecordError(`${ref}: no eval run here (expected a run folder, its results.json, or a run id under ${resultsDir})`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new RunRecordError(`${file}: not readable as JSON: ${(error as Error).message}`);
  }
  const record = parsed as Partial<RunRecord>;
  if (record.version !== RUN_RECORD_VERSION || !record.headline || !record.scorecard || !Array.isArray(record.cases)) {
    throw new RunRecordError(`${file}: not an eval run of this version (expected version ${RUN_RECORD_VERSION})`);
  }
  return record as RunRecord;
}

export class RunRecordError extends Error {
  override readonly name = "RunRecordError";
}
