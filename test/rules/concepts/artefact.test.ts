/**
 * The committed concept model, the staff-request head beside it, and their
 * records agree: the weights are the ones the metadata names (SHA-256), of
 * the size its feature set implies, small, and made from the inputs it
 * lists (checked against the files that are present: the project's own
 * always, ../shared/data where it is laid).
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectInputsAsRecorded } from "../../helpers/recorded-inputs.js";
import { CONCEPTS, HEAD_CONCEPTS, headClasses, isHeadConcept, MAIN_CLASSES } from "../../../src/rules/concepts/concepts.js";
import { headFiles, MODEL_DIR, MODEL_METADATA, MODEL_WEIGHTS, ModelMetadata } from "../../../src/rules/concepts/model.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const read = (metadataFile: string, weightsFile: string) => ({
  metadata: ModelMetadata.parse(JSON.parse(readFileSync(join(MODEL_DIR, metadataFile), "utf8"))),
  weights: readFileSync(join(MODEL_DIR, weightsFile)),
});
const main = read(MODEL_METADATA, MODEL_WEIGHTS);
const heads = HEAD_CONCEPTS.map((concept) => ({ concept, files: read(headFiles(concept).metadata, headFiles(concept).weights) }));

describe.each([
  { name: "the concept model", files: main, classes: MAIN_CLASSES, concepts: CONCEPTS.filter((c) => !isHeadConcept(c)) },
  ...heads.map(({ concept, files }) => ({ name: `the ${concept} head`, files, classes: [...headClasses(concept)], concepts: [concept] })),
])("$name artefact", ({ files: { metadata, weights }, classes, concepts }) => {
  it("has the weights its metadata names", () => {
    expect(createHash("sha256").update(weights).digest("hex")).toBe(metadata.weightsSha256);
    expect(weights.length).toBe((1 << metadata.features.bits) * classes.length);
    expect(metadata.classes).toEqual(classes);
    expect(metadata.bias).toHaveLength(classes.length);
  });

  it("has a threshold for each of its concepts and the command that rebuilds it", () => {
    expect(Object.keys(metadata.thresholds).sort()).toEqual([...concepts].sort());
    expect(metadata.training.command).toMatch(/^npm run train/);
    expect(metadata.scores).toHaveProperty("validation");
  });

  it("was trained on the inputs it lists, where they are present", () => {
    expectInputsAsRecorded(metadata.training.inputs, ROOT);
  });
});

describe("the learned layer's files", () => {
  it("stay small (≤ 5 MB together)", () => {
    const files = [MODEL_WEIGHTS, MODEL_METADATA, ...HEAD_CONCEPTS.flatMap((concept) => Object.values(headFiles(concept)))];
    const bytes = files.reduce((sum, file) => sum + statSync(join(MODEL_DIR, file)).size, 0);
    expect(bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it.each(heads)("read the same features, so the $concept head scores what the model extracted", ({ files }) => {
    expect(files.metadata.features).toEqual(main.metadata.features);
  });
});
