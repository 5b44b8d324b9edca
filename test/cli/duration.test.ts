/**
 * Duration options (src/cli/duration.ts, read by `ms`): every refusal names
 * the flag it came from, on its own and through the command line.
 */
import { describe, expect, it } from "vitest";
import { durationOption } from "../../src/cli/duration.js";
import { UsageError } from "../../src/cli/errors.js";
import { runCli } from "./run-cli.js";

describe("durationOption", () => {
  it("names the flag in every refusal, with what was given", () => {
    for (const [flag, bad] of [
      ["--prune-finished-before", "yesterday"],
      ["--finished-before", "-1d"],
      ["--prune-every", "1e400"],
    ] as const) {
      const parse = durationOption(flag, { minMs: 0 });
      expect(() => parse(bad)).toThrow(UsageError);
      expect(() => parse(bad)).toThrow(new RegExp(`^${flag}: must be a duration .*got '${bad}'$`));
    }
  });

  it("says how short a duration may be, and whether off is allowed", () => {
    const parse = durationOption("--prune-every", { minMs: 1_000, allowOff: true });
    expect(() => parse("500ms")).toThrow("--prune-every: must be a duration like 30s, 5m or 1h (at least 1 s), or 0/off, got '500ms'");
    const noOff = durationOption("--finished-before", { minMs: 0 });
    expect(() => noOff("off")).toThrow(/^--finished-before: .*\(at least 0 s\), got 'off'$/);
    expect(noOff("0")).toBe(0);
  });

  it("reads the units and spellings ms reads, case aside", () => {
    const parse = durationOption("--finished-before", { minMs: 0 });
    expect(parse("90d")).toBe(7_776_000_000);
    expect(parse("2 Hours")).toBe(7_200_000);
    expect(parse(" 30s ")).toBe(30_000);
    expect(parse("1.5s")).toBe(1_500);
  });

  it("stops `threads prune` with the flag's name and exit code 2", () => {
    const run = runCli(["threads", "prune", "--finished-before", "soon"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--finished-before: must be a duration");
  });
});
