/**
 * The candidate development files already read for error analysis
 * (evals/datasets/candidates/README.md). dev-t and dev-u, the unread checks,
 * are not among them: no training or tuning code reads those
 * (test/training/development-tickets.test.ts).
 */
import { join } from "node:path";
import { DEFAULT_DATASET_DIR } from "../../evals/dataset.js";

export const READ_CANDIDATES = ["dev-k", "dev-l", "dev-m", "dev-n", "dev-o", "dev-p", "dev-q", "dev-r", "dev-s", "dev-v"] as const;

/** Their paths, in the order above. */
export function readCandidateFiles(): string[] {
  return READ_CANDIDATES.map((name) => join(DEFAULT_DATASET_DIR, "candidates", `${name}.jsonl`));
}
