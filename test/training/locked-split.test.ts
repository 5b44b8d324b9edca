/**
 * The locked test split is measured, never learned from: no file of the
 * training code, the loaders it reads (datasets/) or the concept reader
 * names it (or the history holdout), and the split is the one whose hash was
 * committed when it was written.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCKED_SPLITS } from "../../evals/held-out.js";
import { filesUnder } from "../helpers/source-tree.js";

const ROOT = join(import.meta.dirname, "..", "..");
const LOCKED_SPLIT_DIRS = LOCKED_SPLITS.map((name) => join(ROOT, "evals", "datasets", name));
/** A path or a path segment naming either held-out set, in any quoting: "locked", 'holdout.jsonl', datasets/locked… */
const NAMING = /["'`](?:locked|holdout)(?:\.jsonl)?["'`]|locked\.jsonl|holdout\.jsonl|datasets[/\\]locked|history[/\\]holdout/i;

/** What training and tuning code is made of, and what it could read a split from. */
const CODE_AND_DATA = /\.(ts|js|mjs|json)$/;

describe("the locked test split", () => {
  it("is not read by training or tuning code", () => {
    const files = [join(ROOT, "training"), join(ROOT, "datasets"), join(ROOT, "src", "rules", "concepts")].flatMap((dir) => filesUnder(dir, CODE_AND_DATA));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((file) => NAMING.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("is named by the guard's pattern where the eval reads it", () => {
    // The cross-source eval does read it (to report), so the pattern must catch that file.
    expect(NAMING.test(readFileSync(join(ROOT, "evals", "sources", "run.ts"), "utf8"))).toBe(true);
  });

  it.each(LOCKED_SPLIT_DIRS)("is the split whose hash was committed (%s)", (dir) => {
    const recorded = readFileSync(join(dir, "SHA256"), "utf8").trim().split(/\s+/)[0];
    const actual = createHash("sha256")
      .update(readFileSync(join(dir, "locked.jsonl")))
      .digest("hex");
    expect(actual).toBe(recorded);
  });
});
