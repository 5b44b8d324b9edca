/**
 * The read candidates (evals/datasets/candidates/README.md), which the heads'
 * replay and the ticket reader learn from: the candidate files already read
 * for error analysis, and four written to be learned from and never read
 * (dev-aq … dev-at). The unread checks in the same folder
 * (evals/held-out.ts) are not among them, and no training or tuning
 * code reads those (test/training/development-tickets.test.ts).
 */
import { join } from "node:path";
import { DEFAULT_DATASET_DIR } from "../../evals/dataset.js";

export const READ_CANDIDATES = [
  "dev-k",
  "dev-l",
  "dev-m",
  "dev-n",
  "dev-o",
  "dev-p",
  "dev-q",
  "dev-r",
  "dev-s",
  "dev-v",
  "dev-aq",
  "dev-ar",
  "dev-as",
  "dev-at",
] as const;

/** Their paths, in the order above. */
export function readCandidateFiles(): string[] {
  return READ_CANDIDATES.map((name) => join(DEFAULT_DATASET_DIR, "candidates", `${name}.jsonl`));
}

/** Whether `file` (a path) is one of them. */
export function isReadCandidate(file: string): boolean {
  return readCandidateFiles().includes(file);
}
