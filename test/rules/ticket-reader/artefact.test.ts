/**
 * The committed ticket reader and its record agree: the weights are the
 * ones the metadata names, of the size its features imply, small, made from
 * the development files it lists (their hashes as they are now; never an
 * unread candidate file), with a
 * threshold chosen on out-of-fold readings.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectInputsAsRecorded } from "../../helpers/recorded-inputs.js";
import { MODEL_DIR } from "../../../src/rules/concepts/model-dir.js";
import { TICKET_READER_METADATA, TICKET_READER_WEIGHTS, TicketReaderMetadata } from "../../../src/rules/ticket-reader/model.js";
import { CONFIRM_GRID } from "../../../training/ticket-reader/choose.js";
import { UNREAD_CHECKS } from "../../../evals/held-out.js";
import { READ_CANDIDATES } from "../../../training/sources/read-candidates.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const metadata = TicketReaderMetadata.parse(JSON.parse(readFileSync(join(MODEL_DIR, TICKET_READER_METADATA), "utf8")));
const weights = readFileSync(join(MODEL_DIR, TICKET_READER_WEIGHTS));

describe("the ticket reader artefact", () => {
  it("has the weights its metadata names", () => {
    expect(createHash("sha256").update(weights).digest("hex")).toBe(metadata.weightsSha256);
    expect(weights.length).toBe(1 << metadata.features.bits);
  });

  it("stays small (≤ 1 MB together)", () => {
    const bytes = statSync(join(MODEL_DIR, TICKET_READER_WEIGHTS)).size + statSync(join(MODEL_DIR, TICKET_READER_METADATA)).size;
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
  });

  it("records the command, the held-out protocol and the out-of-fold scores", () => {
    expect(metadata.training.command).toMatch(/^npm run train/);
    expect(metadata.training.validation).toBe("leave one development file out");
    expect(metadata.scores).toHaveProperty("outOfFold.pooled");
    // On the training grid (0.5 … 0.95), or 1: silent.
    for (const threshold of [metadata.thresholds.asking, metadata.thresholds.reporting]) {
      expect(threshold).toBeGreaterThanOrEqual(0.5);
      expect(threshold).toBeLessThanOrEqual(1);
    }
    // The line of doubt: on its grid, or 0 (no doubt); always below the lines that raise.
    expect([0, ...CONFIRM_GRID]).toContain(metadata.thresholds.confirm);
    expect([0, ...CONFIRM_GRID]).toContain(metadata.thresholds.routine);
    expect(metadata.thresholds.routine).toBeLessThan(Math.min(metadata.thresholds.asking, metadata.thresholds.reporting));
    expect(metadata.thresholds.confirm).toBeLessThan(Math.min(metadata.thresholds.asking, metadata.thresholds.reporting));
  });

  it("was trained on the files it lists, as they are now, where they are present", () => {
    const own = expectInputsAsRecorded(metadata.training.inputs, ROOT);
    const readCandidates = new Set(READ_CANDIDATES.map((name) => `evals/datasets/candidates/${name}.jsonl`));
    expect(own.filter((input) => !input.path.startsWith("evals/datasets/dev/") && !readCandidates.has(input.path))).toEqual([]);
  });

  it("never learned from the unread checks", () => {
    const unread = new Set(UNREAD_CHECKS.map((name) => `${name}.jsonl`));
    expect(metadata.training.inputs.map((input) => input.path).filter((path) => unread.has(basename(path)))).toEqual([]);
  });
});
