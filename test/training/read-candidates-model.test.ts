/**
 * When the ticket reader's replay needs a concept model of its own for the
 * read candidates (training/ticket-reader/read-candidates-model.ts): only
 * when the committed one's record says it learned from those files.
 */
import { describe, expect, it } from "vitest";
import { learnedFromReadCandidates } from "../../training/ticket-reader/read-candidates-model.js";

describe("learnedFromReadCandidates", () => {
  it("is true for a record that lists a read candidate file, by its path from the project root", () => {
    expect(learnedFromReadCandidates([{ path: "evals/datasets/dev/dev-a.jsonl" }, { path: "evals/datasets/candidates/dev-k.jsonl" }])).toBe(true);
  });

  it("is false for a record of dev/ and the shared sets only, such as the committed model's", () => {
    expect(learnedFromReadCandidates([{ path: "evals/datasets/dev/dev-a.jsonl" }, { path: "../shared/data/clinc150/data_full.json" }])).toBe(false);
    expect(learnedFromReadCandidates()).toBe(false);
  });
});
