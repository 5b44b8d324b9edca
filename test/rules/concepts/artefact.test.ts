/**
 * The committed concept model and its record agree: the weights are the
 * ones the metadata names (SHA-256), of the size its feature set implies,
 * small, and made from the inputs it lists (checked against the files that
 * are present: the project's own always, ../shared/data where it is laid).
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectInputsAsRecorded } from "../../helpers/recorded-inputs.js";
import { CONCEPT_CLASSES, CONCEPTS } from "../../../src/rules/concepts/concepts.js";
import { MODEL_DIR, MODEL_METADATA, MODEL_WEIGHTS, ModelMetadata } from "../../../src/rules/concepts/model.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const metadata = ModelMetadata.parse(JSON.parse(readFileSync(join(MODEL_DIR, MODEL_METADATA), "utf8")));
const weights = readFileSync(join(MODEL_DIR, MODEL_WEIGHTS));

describe("the concept model artefact", () => {
  it("has the weights its metadata names", () => {
    expect(createHash("sha256").update(weights).digest("hex")).toBe(metadata.weightsSha256);
    expect(weights.length).toBe((1 << metadata.features.bits) * CONCEPT_CLASSES.length);
    expect(metadata.classes).toEqual([...CONCEPT_CLASSES]);
    expect(metadata.bias).toHaveLength(CONCEPT_CLASSES.length);
  });

  it("stays small (≤ 5 MB together)", () => {
    const bytes = statSync(join(MODEL_DIR, MODEL_WEIGHTS)).size + statSync(join(MODEL_DIR, MODEL_METADATA)).size;
    expect(bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it("has a threshold for every concept and the command that rebuilds it", () => {
    expect(Object.keys(metadata.thresholds).sort()).toEqual([...CONCEPTS].sort());
    expect(metadata.training.command).toMatch(/^npm run train/);
    expect(metadata.scores).toHaveProperty("validation");
  });

  it("was trained on the inputs it lists, where they are present", () => {
    expectInputsAsRecorded(metadata.training.inputs, ROOT);
  });
});
