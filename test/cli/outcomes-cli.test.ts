/**
 * Outcome memory as an operator uses it: the example tickets triaged into
 * one database and one of them resolved by separate CLI processes (so the
 * verdict must survive the process), then the survey sent and answered,
 * learning inspected and steered, and the report rendered. The middle steps
 * run the same CLI in-process (main()) to keep the test quick; the report
 * runs as a process again.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { runCli, tempDir } from "./run-cli.js";

const TICKETS = ["TICK-ENT-001", "TICK-REPEAT-001", "TICK-STD-001", "TICK-TECH-001"].map((id) => `examples/tickets/${id}.json`);

// Each real CLI process takes seconds when run from the sources, hence the generous timeout.
describe("outcomes, follow-ups and the report from the command line", { timeout: 300_000 }, () => {
  const work = tempDir("esc-outcomes-");
  const env = { ESCALATION_DB: join(work, "agent.db"), ESCALATION_OUTBOX: join(work, "outbox") };

  /** The CLI in this process, against the same database. */
  // env is read at every call, so a test may change it between commands.
  const cli = (...args: string[]) => runCliInProcess(args, { env });
  afterEach(() => vi.unstubAllEnvs());

  beforeAll(() => {
    const triage = runCli(["triage", ...TICKETS, "--json"], { env });
    expect(triage.code, triage.stderr).toBe(0);
    const resolve = runCli(["human", "resolve", "--thread", "TICK-TECH-001", "--agent", "sam", "--inappropriate", "--notes", "the docs answered it"], { env });
    expect(resolve.code, resolve.stderr).toBe(0);
  }, 300_000);

  it("keeps the verdict in the database for the next process", async () => {
    const show = await cli("learning", "show", "--json");
    expect(show.code, show.stderr).toBe(0);
    const shown = JSON.parse(show.stdout) as { verdicts: number; calibrations: Array<{ segment: string }> };
    expect(shown.verdicts).toBe(1);
    expect(shown.calibrations.map((c) => c.segment)).toEqual(["integration:paid"]);
  });

  it("shows only the thresholds verdicts speak to, unless --all", async () => {
    const show = await cli("learning", "show");
    expect(show.code, show.stderr).toBe(0);
    // No table row that only says "no verdicts yet"; a line counts what was left out.
    expect(show.stdout).not.toMatch(/integration:paid.*no verdicts yet/);
    const all = await cli("learning", "show", "--all");
    expect(all.stdout).toMatch(/integration:paid.*no verdicts yet/);
    const hidden = Number(/(\d+) threshold\(s\) with no verdicts yet not shown; --all shows them/.exec(show.stdout)?.[1] ?? 0);
    expect(hidden).toBeGreaterThan(0);
    expect(hidden).toBe(all.stdout.match(/integration:paid.*no verdicts yet/g)?.length ?? -1);
  });

  it("sends the survey once when it is due, and records the answer", async () => {
    expect((await cli("followups", "run")).stdout).toContain("no surveys due");
    const due = await cli("followups", "run", "--now", "2099-01-01T00:00:00Z");
    expect(due.code, due.stderr).toBe(0);
    expect(due.stdout).toMatch(/TICK-TECH-001: survey to dev@techcompany.com outbox/);
    expect((await cli("followups", "run", "--now", "2099-01-02T00:00:00Z")).stdout).toContain("no surveys due");
    expect(readdirSync(join(work, "outbox")).filter((f) => f.includes("satisfaction_survey"))).toHaveLength(1);

    const answer = await cli("followups", "answer", "--thread", "TICK-TECH-001", "--satisfaction", "4");
    expect(answer.code, answer.stderr).toBe(0);
    const listed = (await cli("followups", "list", "--json")).stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { status: string; satisfaction?: number });
    expect(listed).toEqual([expect.objectContaining({ status: "answered", satisfaction: 4 })]);
  });

  it("refuses a bad satisfaction and an unknown ticket with exit code 2", async () => {
    expect((await cli("followups", "answer", "--thread", "TICK-TECH-001", "--satisfaction", "9")).code).toBe(2);
    expect((await cli("followups", "answer", "--thread", "NOPE", "--satisfaction", "3")).code).toBe(2);
    expect((await cli("learning", "review", "--thread", "NOPE", "--warranted", "yes")).code).toBe(2);
    expect((await cli("learning", "review", "--thread", "TICK-STD-001", "--warranted", "maybe")).code).toBe(2);
  });

  it("freezes, unfreezes and resets learning, and takes reviews of kept tickets", async () => {
    expect((await cli("learning", "freeze")).stdout).toMatch(/^frozen since /);
    expect((await cli("learning", "freeze")).stdout).toMatch(/^already frozen/);
    expect((await cli("learning", "unfreeze")).stdout).toMatch(/^learning from every new verdict/);
    expect((await cli("learning", "review", "--thread", "TICK-STD-001", "--warranted", "no")).stdout).toContain("TICK-STD-001: no_escalation was right");
    expect(JSON.parse((await cli("learning", "show", "--json")).stdout).verdicts).toBe(2);
    expect((await cli("learning", "reset")).stdout).toMatch(/were reset and are ignored/);
    expect(JSON.parse((await cli("learning", "show", "--json")).stdout).verdicts).toBe(0);
  });

  it("renders the report: tables on the terminal, an HTML file with its charts", () => {
    const out = join(work, "report");
    const report = runCli(["report", "--out", out], { env });
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/tickets\s+│ 4/);
    expect(report.stdout).toMatch(/escalation precision \(verdicts\)\s+│ 0\.0 % \(0\/1 judged appropriate\)/);
    expect(report.stdout).toMatch(/satisfaction\s+│ 4\.00 \/ 5 \(n=1\)/);
    const html = readFileSync(join(out, "report.html"), "utf8");
    for (const chart of ["volume", "escalation-by-category", "escalation-by-tier", "escalations-by-team", "decisions", "satisfaction"]) {
      expect(html).toContain(`<figure data-chart="${chart}"><svg`);
    }
    expect(existsSync(join(out, "report.json"))).toBe(true);
  });

  it("refuses a --since that is not a date", async () => {
    expect((await cli("report", "--since", "yesterday-ish")).code).toBe(2);
  });
});
