/**
 * The project's held-out tickets, for measurement only.
 *
 * The locked splits: each a folder of evals/datasets holding locked.jsonl,
 * whose hashes were committed when they were written; no training or tuning
 * code names them (test/training/locked-split.test.ts).
 *
 * The unread checks: writers' files in evals/datasets/candidates/ kept for
 * measurement from outside the tunings. No training or tuning code reads them
 * (test/training/development-tickets.test.ts); `npm run eval:sources` reports
 * each as an unseen source, and their first looks are in evals/RESULTS.md.
 */
import { join } from "node:path";
import { DEFAULT_DATASET_DIR } from "./dataset.js";

export const LOCKED_SPLITS = [
  "locked",
  "locked-2",
  "locked-3",
  "locked-4",
  "locked-5",
  "locked-6",
  "locked-7",
  "locked-8",
  "locked-9",
  "locked-10",
  "locked-11",
  "locked-12",
] as const;

export const UNREAD_CHECKS = [
  "dev-t",
  "dev-u",
  "dev-ai",
  "dev-aj",
  "dev-ak",
  "dev-al",
  "dev-am",
  "dev-an",
  "dev-ao",
  "dev-ap",
  "dev-au",
  "dev-av",
  "dev-aw",
  "dev-ax",
  "dev-ay",
  "dev-az",
  "dev-ba",
  "dev-bb",
] as const;

/** Their paths, in the order above: for a measurement, never for a tuning. */
export function unreadCheckFiles(): string[] {
  return UNREAD_CHECKS.map((name) => join(DEFAULT_DATASET_DIR, "candidates", `${name}.jsonl`));
}
