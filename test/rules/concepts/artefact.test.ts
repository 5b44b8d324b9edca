/**
 * The committed concept model and its record agree: the weights are the
 * ones the metadata names (SHA-256), of the size its feature set implies,
 * small, and made from the inputs it lists (checked against the files that
 * are present: the project's own always, ../shared/data where it is laid).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
    const own = metadata.training.inputs.filter((input) => !input.path.startsWith("shared/"));
    expect(own.length).toBeGreaterThan(0);
    const present = metadata.training.inputs
      .map((input) => ({ ...input, file: input.path.startsWith("shared/") ? join(ROOT, "..", input.path) : join(ROOT, input.path) }))
      .filter((input) => existsSync(input.file));
    // The project's own inputs are always here; shared/data is beside the project on developers' machines and CI.
    expect(present.length).toBeGreaterThanOrEqual(own.length);
    for (const input of present) {
      expect({ path: input.path, sha256: createHash("sha256").update(readFileSync(input.file, "utf8")).digest("hex") }).toEqual({
        path: input.path,
        sha256: input.sha256,
      });
    }
  });
});
