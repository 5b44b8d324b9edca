/**
 * A trained artefact's record of its inputs, checked against the files as
 * they are now: the project's own inputs must all be here, shared/data is
 * checked where it is laid beside the project (developers' machines and CI).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

export interface RecordedInput {
  path: string;
  sha256: string;
}

/** Asserts every present input has the recorded hash; returns the project's own inputs. */
export function expectInputsAsRecorded(inputs: readonly RecordedInput[], root: string): RecordedInput[] {
  const own = inputs.filter((input) => !input.path.startsWith("shared/"));
  expect(own.length).toBeGreaterThan(0);
  const present = inputs
    .map((input) => ({ ...input, file: input.path.startsWith("shared/") ? join(root, "..", input.path) : join(root, input.path) }))
    .filter((input) => existsSync(input.file));
  expect(present.length).toBeGreaterThanOrEqual(own.length);
  for (const input of present) {
    expect({ path: input.path, sha256: createHash("sha256").update(readFileSync(input.file, "utf8")).digest("hex") }).toEqual({
      path: input.path,
      sha256: input.sha256,
    });
  }
  return own;
}
