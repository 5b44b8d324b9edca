/**
 * Outcome memory across CLI processes, as an operator uses it: triage the
 * example tickets into one database, resolve one, send and answer its
 * survey, inspect and steer learning, and render the report.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "./run-cli.js";

const TICKETS = ["TICK-ENT-001", "TICK-REPEAT-001", "TICK-STD-001", "TICK-TECH-001"].map((id) => `examples/tickets/${id}.json`);

// Every step is a CLI process (seconds each when run from the sources), hence the generous timeout.
describe("outcomes, follow-ups and the report from the command line", { timeout: 600_000 }, () => {
  const work = tempDir("esc-outcomes-");
  const env = { ESCALATION_DB: join(work, "agent.db"), ESCALATION_OUTBOX: join(work, "outbox") };
  const cli = (...args: string[]) => runCli(args, { env });

  beforeAll(() => {
    const triage = cli("triage", ...TICKETS, "--json");
    expect(triage.code, triage.stderr).toBe(0);
    const resolve = cli("human", "resolve", "--thread", "TICK-TECH-001", "--agent", "sam", "--inappropriate", "--notes", "the docs answered it");
    expect(resolve.code, resolve.stderr).toBe(0);
  }, 300_000);

  it("keeps the verdict in the database for the next process", () => {
    const show = cli("learning", "show", "--json");
    expect(show.code, show.stderr).toBe(0);
    const shown = JSON.parse(show.stdout) as { verdicts: number; calibrations: Array<{ segment: string }> };
    expect(shown.verdicts).toBe(1);
    expect(shown.calibrations.map((c) => c.segment)).toEqual(["integration:paid"]);
  });

  it("sends the survey once when it is due, and records the answer", () => {
    expect(cli("followups", "run").stdout).toContain("no surveys due");
    const due = cli("followups", "run", "--now", "2099-01-01T00:00:00Z");
    expect(due.code, due.stderr).toBe(0);
    expect(due.stdout).toMatch(/TICK-TECH-001: survey to dev@techcompany.com outbox/);
    expect(cli("followups", "run", "--now", "2099-01-02T00:00:00Z").stdout).toContain("no surveys due");
    const surveys = readdirSync(join(work, "outbox")).filter((f) => f.includes("satisfaction_survey"));
    expect(surveys).toHaveLength(1);

    const answer = cli("followups", "answer", "--thread", "TICK-TECH-001", "--satisfaction", "4");
    expect(answer.code, answer.stderr).toBe(0);
    const listed = cli("followups", "list", "--json").stdout.trim().split("\n").map((l) => JSON.parse(l) as { status: string; satisfaction?: number });
    expect(listed).toEqual([expect.objectContaining({ status: "answered", satisfaction: 4 })]);
  });

  it("refuses a bad satisfaction and an unknown ticket with exit code 2", () => {
    expect(cli("followups", "answer", "--thread", "TICK-TECH-001", "--satisfaction", "9").code).toBe(2);
    expect(cli("followups", "answer", "--thread", "NOPE", "--satisfaction", "3").code).toBe(2);
  });

  it("freezes, unfreezes and resets learning", () => {
    expect(cli("learning", "freeze").stdout).toMatch(/^frozen since /);
    expect(cli("learning", "unfreeze").stdout).toMatch(/^learning from every new verdict/);
    const review = cli("learning", "review", "--thread", "TICK-STD-001", "--warranted", "no");
    expect(review.stdout).toContain("TICK-STD-001: no_escalation was right");
    expect(JSON.parse(cli("learning", "show", "--json").stdout).verdicts).toBe(2);
    expect(cli("learning", "reset").stdout).toMatch(/were reset and are ignored/);
    expect(JSON.parse(cli("learning", "show", "--json").stdout).verdicts).toBe(0);
  });

  it("renders the report: tables on the terminal, an HTML file with its charts", () => {
    const out = join(work, "report");
    const report = cli("report", "--out", out);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/tickets\s+│ 4/);
    expect(report.stdout).toMatch(/escalation precision \(verdicts\)\s+│ 0\.0 % \(0\/1 judged appropriate\)/);
    const html = readFileSync(join(out, "report.html"), "utf8");
    for (const chart of ["volume", "escalation-by-category", "escalation-by-tier", "escalations-by-team", "decisions", "satisfaction"]) {
      expect(html).toContain(`<figure data-chart="${chart}"><svg`);
    }
    expect(existsSync(join(out, "report.json"))).toBe(true);
    const json = JSON.parse(cli("report", "--out", out, "--json").stdout) as { volume: number; satisfaction: { mean: number } };
    expect(json.volume).toBe(4);
    expect(json.satisfaction.mean).toBe(4);
    expect(cli("report", "--since", "yesterday-ish").code).toBe(2);
  });
});
