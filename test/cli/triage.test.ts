import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TriageResult } from "../../src/runtime/output.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { runCli, tempDir } from "./run-cli.js";

const SEEDS = ["TICK-STD-001", "TICK-ENT-001", "TICK-TECH-001", "TICK-REPEAT-001"].map((id) => `examples/tickets/${id}.json`);
const EXPECTED: Record<string, string> = {
  "TICK-STD-001": "no_escalation",
  "TICK-ENT-001": "immediate_escalation",
  "TICK-TECH-001": "specialist_escalation",
  "TICK-REPEAT-001": "management_escalation",
};

function jsonLines(stdout: string): TriageResult[] {
  return stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

// A real CLI process for each behaviour's exit code and output (seconds each on a
// loaded 2-core machine); its variations run main() in this process.
describe("escalation-agent triage", { timeout: 180_000 }, () => {
  it("triages the seed tickets with --json: one object per line, the expected decisions", () => {
    const run = runCli(["triage", ...SEEDS, "--json", "--db", ":memory:"]);
    expect(run.code, run.stderr).toBe(0);
    const results = jsonLines(run.stdout);
    expect(results).toHaveLength(4);
    for (const result of results) {
      expect(result.decision?.type).toBe(EXPECTED[result.ticketId]);
      for (const key of ["ticketId", "classification", "analysis", "decision", "response", "handoff", "learning", "conversation", "metrics"]) {
        expect(result).toHaveProperty(key);
      }
    }
    expect(results.find((r) => r.ticketId === "TICK-ENT-001")?.decision?.targetTeam).toBe("engineering");
    expect(results.find((r) => r.ticketId === "TICK-TECH-001")?.decision?.targetTeam).toBe("technical_support");
  });

  it("prints a readable summary without --json", async () => {
    const run = await runCliInProcess(["triage", "examples/tickets/TICK-ENT-001.json", "--db", ":memory:"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("TICK-ENT-001");
    expect(run.stdout).toMatch(/immediate_escalation → engineering/);
    expect(run.stdout).toMatch(/signals\s+.*legal_threat/);
    expect(run.stdout).toMatch(/reply\s+\S/);
  });

  it("reads a bare ticket from stdin", () => {
    const run = runCli(["triage", "-", "--json", "--db", ":memory:"], {
      input: JSON.stringify({ id: "STDIN-1", subject: "Invoice copy", description: "Could you send me a copy of my last invoice?" }),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(jsonLines(run.stdout)[0]?.ticketId).toBe("STDIN-1");
  });

  it("processes the good tickets of a bad batch, names each bad one by line and field, exits 2", () => {
    const dir = tempDir();
    const file = join(dir, "batch.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "OK-1", description: "How do I reset my password?" }),
        JSON.stringify({ id: "BAD-1", subject: "nothing to read" }),
        "{ not json",
        JSON.stringify({ id: "BAD-2", description: "hi", customerTier: "gold" }),
        JSON.stringify({ id: "OK-2", description: "Where can I download my invoices?" }),
      ].join("\n"),
    );
    const run = runCli(["triage", file, "--json", "--db", ":memory:"]);
    expect(run.code).toBe(2);
    expect(jsonLines(run.stdout).map((r) => r.ticketId)).toEqual(["OK-1", "OK-2"]);
    expect(run.stderr).toContain("batch.jsonl:2: description: either description or message is required");
    expect(run.stderr).toMatch(/batch\.jsonl:3: \(json\): invalid JSON/);
    expect(run.stderr).toMatch(/batch\.jsonl:4: customerTier: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("points at the line of a bad element in a JSON array", async () => {
    const dir = tempDir();
    const file = join(dir, "array.json");
    writeFileSync(file, `[\n  {"id": "A", "description": "ok"},\n  {"id": "B",\n   "description": "x", "accountValue": -1}\n]\n`);
    const run = await runCliInProcess(["triage", file, "--json", "--db", ":memory:"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("array.json:3: accountValue: must be zero or more");
    expect(jsonLines(run.stdout)).toHaveLength(1);
  });

  it("exits 2 with a clear message for a missing file, a bad --model, or --thread with a batch", async () => {
    const missing = runCli(["triage", "no/such/file.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no/such/file.json: no such file");

    const model = await runCliInProcess(["triage", SEEDS[0]!, "--model", "banana"]);
    expect(model.code).toBe(2);
    expect(model.stderr).toMatch(/--model: unsupported model 'banana'/);

    const thread = await runCliInProcess(["triage", ...SEEDS.slice(0, 2), "--thread", "x"]);
    expect(thread.code).toBe(2);
    expect(thread.stderr).toContain("--thread");
    for (const run of [missing, model, thread]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("continues the ticket's thread on the SQLite file instead of clobbering it", async () => {
    const dir = tempDir();
    const db = join(dir, "threads.db");
    const ticket = { id: "THREAD-1", subject: "Export", description: "My CSV export is empty." };
    const first = runCli(["triage", "-", "--json", "--db", db], { input: JSON.stringify(ticket) });
    // The same ticket and then its edit, read back from the file another process wrote.
    writeFileSync(join(dir, "again.json"), JSON.stringify(ticket));
    writeFileSync(join(dir, "edited.json"), JSON.stringify({ ...ticket, description: "Still empty after trying again, this is urgent." }));
    const again = await runCliInProcess(["triage", join(dir, "again.json"), "--json", "--db", db]);
    const edited = await runCliInProcess(["triage", join(dir, "edited.json"), "--json", "--db", db]);
    for (const run of [first, again, edited]) expect(run.code, run.stderr).toBe(0);
    const customerTurns = (run: { stdout: string }) => jsonLines(run.stdout)[0]!.conversation.filter((t: { role: string }) => t.role === "customer").length;
    expect(customerTurns(first)).toBe(1);
    expect(customerTurns(again)).toBe(1);
    expect(customerTurns(edited)).toBe(2);
  });
});
