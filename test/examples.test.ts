/**
 * The README's programmatic examples run as written: each file in examples/
 * is run in a child process (through tsx, as the README says) and its output
 * checked.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./cli/run-cli.js";

function runExample(file: string) {
  const work = tempDir("esc-example-");
  const result = spawnSync(process.execPath, ["--import", "tsx", join("examples", file)], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, SMTP_URL: "", SLACK_BOT_TOKEN: "", ZENDESK_URL: "", ESCALATION_OUTBOX: join(work, "outbox"), ESCALATION_DB: join(work, "agent.db") },
    timeout: 150_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("examples/", () => {
  it("graph-invoke.ts: graph.invoke({ ticket }) escalates, waits for a human, is claimed and resolved", () => {
    const run = runExample("graph-invoke.ts");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("TICK-ENT-001: immediate_escalation → engineering; status awaiting_human");
    expect(run.stdout).toContain("claimed: status human_owned, owner agent-a");
    expect(run.stdout).toContain("resolved: status resolved");
  });

  it("graph-invoke-envelope.ts: the seed envelope is unwrapped; a non-ticket is refused naming `ticket`", () => {
    const run = runExample("graph-invoke-envelope.ts");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("TICK-STD-001: no_escalation");
    expect(run.stdout).toMatch(/refused: ticket: missing/);
  });

  it("programmatic.ts: createEscalationAgent + triageTicket, then a follow-up on the thread", () => {
    const run = runExample("programmatic.ts");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^TICK-\d+-[0-9a-f]{6}: \w+/);
    expect(run.stdout).toContain("after follow-up:");
  });
});
