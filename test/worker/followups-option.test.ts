/**
 * `worker --followups-every`: durations people write, `0`/`off` to stop the
 * schedule, and an error naming the option for anything else.
 */
import { describe, expect, it } from "vitest";
import { durationOption } from "../../src/cli/duration.js";
import { UsageError } from "../../src/cli/errors.js";
import { runCli } from "../cli/run-cli.js";

const parse = durationOption("--followups-every", { minMs: 1_000, allowOff: true });

describe("--followups-every", () => {
  it("reads durations with a unit, or milliseconds without one", () => {
    expect(parse("5m")).toBe(300_000);
    expect(parse("30s")).toBe(30_000);
    expect(parse("1.5h")).toBe(5_400_000);
    expect(parse("1d")).toBe(86_400_000);
    expect(parse("2500")).toBe(2_500);
    expect(parse("5 minutes")).toBe(300_000);
    expect(parse("1w")).toBe(604_800_000);
  });

  it("takes 0 and off as 'no schedule'", () => {
    expect(parse("0")).toBe(0);
    expect(parse("OFF")).toBe(0);
  });

  it("refuses what is not a duration, or too short, naming the option", () => {
    for (const bad of ["soon", "-5m", "10ms", "5 fortnights", "", "   "]) expect(() => parse(bad)).toThrow(UsageError);
    expect(() => parse("soon")).toThrow(/--followups-every: .*got 'soon'/);
  });

  it("stops the worker command before it connects anywhere", () => {
    const run = runCli(["worker", "--followups-every", "soon"], { env: { REDIS_URL: "redis://127.0.0.1:1" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--followups-every: must be a duration");
  });
});
