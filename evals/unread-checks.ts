/**
 * The unread checks: writers' files in evals/datasets/candidates/ kept for
 * measurement from outside the tunings. No training or tuning code reads them
 * (test/training/development-tickets.test.ts); `npm run eval:sources` reports
 * each as an unseen source, and their first looks are in evals/RESULTS.md.
 */
import { join } from "node:path";
import { DEFAULT_DATASET_DIR } from "./dataset.js";

export const UNREAD_CHECKS = ["dev-t", "dev-u", "dev-ai", "dev-aj", "dev-ak", "dev-al", "dev-am", "dev-an", "dev-ao", "dev-ap"] as const;

/** Their paths, in the order above: for a measurement, never for a tuning. */
export function unreadCheckFiles(): string[] {
  return UNREAD_CHECKS.map((name) => join(DEFAULT_DATASET_DIR, "candidates", `${name}.jsonl`));
}
