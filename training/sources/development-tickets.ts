/**
 * The labelled tickets the tunings read, from one place: the development set
 * (evals/datasets/dev/, one file per writer) and the candidate files already
 * read for error analysis (read-candidates.ts). The heads' replays and the
 * ticket reader read both; the concept thresholds are chosen on dev/ alone
 * (training/train.ts says why).
 *
 * The unread checks, the locked splits and the history holdout are never
 * among them (test/training/locked-split.test.ts, development-tickets.test.ts).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DATASET_DIR, loadDataset } from "../../evals/dataset.js";
import type { EvalItem } from "../../evals/dataset-schema.js";
import type { SourceInput } from "../../datasets/example.js";
import { readCandidateFiles } from "./read-candidates.js";
import { recordedInput } from "./recorded-input.js";

const DEV_SET_DIR = join(DEFAULT_DATASET_DIR, "dev");

/** One writer's file and its items. */
export interface DevelopmentFile {
  file: string;
  items: EvalItem[];
}

/** The paths: every file in dev/, then (with `withReadCandidates`) the read candidates, in a stable order. */
export function developmentPaths(withReadCandidates = true): string[] {
  const dev = readdirSync(DEV_SET_DIR)
    .filter((name) => name.endsWith(".jsonl"))
    .sort()
    .map((name) => join(DEV_SET_DIR, name));
  return [...dev, ...(withReadCandidates ? readCandidateFiles() : [])];
}

/**
 * Each writer's file, validated: a bad row stops training with its place
 * and field named. Without the read candidates: the reader a head's replay
 * uses, so that the replay reads those files out of sample (training/heads.ts).
 */
export function developmentFiles(withReadCandidates = true): DevelopmentFile[] {
  return developmentPaths(withReadCandidates).map((file) => {
    const dataset = loadDataset(file);
    if (dataset.problems.length > 0) throw new Error(`${file}: ${dataset.problems.map((p) => `${p.location} ${p.field}: ${p.message}`).join("; ")}`);
    return { file, items: dataset.items };
  });
}

/** Every ticket of those files, file after file. */
export function developmentTickets(withReadCandidates = true): EvalItem[] {
  return developmentFiles(withReadCandidates).flatMap((f) => f.items);
}

/** How a trained artefact records the files it was tuned on. */
export function developmentInputs(withReadCandidates = true): SourceInput[] {
  return developmentPaths(withReadCandidates).map(recordedInput);
}
