/**
 * `escalation-agent eval` on a four-ticket fixture, offline. One run goes
 * through the real binary (the --json contract, the offline notice, the
 * files); the other behaviours call the command's implementation in-process,
 * which is what the binary loads, to keep the suite quick.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { evalCli } from "../../evals/command/index.js";
import type { RunComparison } from "../../evals/compare.js";
import { runCli, tempDir, type CliRun } from "../cli/run-cli.js";

const MINI = "test/evals/fixtures/mini.jsonl";

/** What `eval --json` ends stdout with. */
interface RunSummary {
  model: string;
  dataset: { items: number };
  metrics: Record<string, number | null>;
  criticalMisses: string[];
  langsmith: unknown;
}

function lastJsonLine<T>(stdout: string): T {
  const lines = stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1] ?? "") as T;
}

/** Runs a command implementation in-process, capturing what it writes. */
async function capture(run: () => Promise<number>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    return { code: await run(), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

describe("escalation-agent eval", () => {
  const out = tempDir("esc-eval-");
  const runA = join(out, "a");
  let first: CliRun;

  beforeAll(() => {
    first = runCli(["eval", "--dataset", MINI, "--out", runA, "--json"], { env: { LANGSMITH_API_KEY: "" } });
  }, 180_000);
  afterEach(() => vi.unstubAllEnvs());

  it("runs offline, says so once on stderr, and ends stdout with one JSON object of metrics and critical misses", () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr.match(/LangSmith/g)).toHaveLength(1);
    expect(first.stderr).toMatch(/LANGSMITH_API_KEY is not set/);
    const summary = lastJsonLine<RunSummary>(first.stdout);
    expect(summary.model).toBe("rules");
    expect(summary.dataset).toMatchObject({ items: 4 });
    expect(summary.metrics).toHaveProperty("decisionAccuracy");
    expect(summary.metrics).toHaveProperty("escalationF1");
    expect(Array.isArray(summary.criticalMisses)).toBe(true);
    expect(summary.criticalMisses.length).toBe(summary.metrics.criticalMissCount);
    expect(summary.langsmith).toBeNull();
  });

  it("writes results.json with every case and a self-contained HTML report with charts", () => {
    const results = JSON.parse(readFileSync(join(runA, "results.json"), "utf8"));
    expect(results.cases.map((c: { id: string }) => c.id)).toContain("MINI-THREAD#1");
    expect(results.command).toBe(`npx escalation-agent eval --model rules --dataset ${MINI}`);
    const html = readFileSync(join(runA, "report.html"), "utf8");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(html.match(/<svg/g)?.length ?? 0).toBeGreaterThanOrEqual(8);
    for (const heading of ["Critical misses", "Confusion matrices", "Per category", "Escalation"]) expect(html).toContain(heading);
  });

  it("prints a scorecard table without --json, then compares the two runs", async () => {
    vi.stubEnv("LANGSMITH_API_KEY", "");
    const runB = join(out, "b");
    const table = await capture(() => evalCli.evalCommand({ model: "rules", dataset: MINI, out: runB, json: false, command: "test" }));
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/decision type accuracy\s*│\s*\d/);
    expect(table.stdout).toMatch(/escalation recall/);
    expect(table.stdout).toContain(join(runB, "report.html"));

    const json = await capture(() => evalCli.compareCommand({ a: runA, b: runB, json: true }));
    expect(json.code, json.stderr).toBe(0);
    const comparison = lastJsonLine<RunComparison>(json.stdout);
    expect(comparison.metrics.find((m) => m.metric === "decisionAccuracy")).toMatchObject({ delta: 0, verdict: "same" });
    expect(comparison.criticalMisses).toEqual({ fixed: [], introduced: [] });
    const readable = await capture(() => evalCli.compareCommand({ a: runA, b: runB, json: false }));
    expect(readable.stdout).toMatch(/critical misses new in B: none/);
  }, 120_000);

  it("refuses a dataset with a labelling slip, naming file:line and field, exit 2", async () => {
    const file = join(tempDir(), "bad.jsonl");
    const good = readFileSync(MINI, "utf8").split("\n")[0] as string;
    const bad = JSON.parse(good);
    bad.id = "BAD-1";
    bad.labels.must_escalate = true;
    writeFileSync(file, `${good}\n${JSON.stringify(bad)}\n`);
    const run = await capture(() => evalCli.evalCommand({ model: "rules", dataset: file, out: join(out, "c"), json: true, command: "test" }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}:2: labels.must_escalate:`);
    expect(run.stdout).toBe("");
    expect(existsSync(join(out, "c"))).toBe(false);
  });

  it("names a missing dataset or run, exit 2", async () => {
    const missing = await capture(() => evalCli.evalCommand({ model: "rules", dataset: join(out, "none.jsonl"), json: true, command: "test" }));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none\.jsonl: no such file or folder/);
    const compare = await capture(() => evalCli.compareCommand({ a: runA, b: join(out, "nowhere"), json: false }));
    expect(compare.code).toBe(2);
    expect(compare.stderr).toMatch(/nowhere: no eval run here/);
  });
});
