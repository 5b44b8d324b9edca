/**
 * The committed ticket reader and its record agree: the weights are the
 * ones the metadata names, of the size its features imply, small, made from
 * the development files it lists (their hashes as they are now), with a
 * threshold chosen on out-of-fold readings.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MODEL_DIR } from "../../../src/rules/concepts/model-dir.js";
import { TICKET_READER_METADATA, TICKET_READER_WEIGHTS, TicketReaderMetadata } from "../../../src/rules/ticket-reader/model.js";

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
    for (const threshold of Object.values(metadata.thresholds)) {
      expect(threshold).toBeGreaterThanOrEqual(0.5);
      expect(threshold).toBeLessThanOrEqual(1);
    }
  });

  it("was trained on the files it lists, as they are now, where they are present", () => {
    const own = metadata.training.inputs.filter((input) => !input.path.startsWith("shared/"));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((input) => input.path.startsWith("evals/datasets/dev/"))).toBe(true);
    // The development files are always here; shared/data is beside the project on developers' machines and CI.
    const present = metadata.training.inputs
      .map((input) => ({ ...input, file: input.path.startsWith("shared/") ? join(ROOT, "..", input.path) : join(ROOT, input.path) }))
      .filter((input) => existsSync(input.file));
    expect(present.length).toBeGreaterThanOrEqual(own.length);
    for (const input of present) {
      expect({ path: input.path, sha256: createHash("sha256").update(readFileSync(input.file, "utf8")).digest("hex") }).toEqual({
        path: input.path,
        sha256: input.sha256,
      });
    }
  });
});
