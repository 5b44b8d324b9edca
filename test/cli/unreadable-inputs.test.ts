/**
 * `triage` with inputs that are not readable files: a directory and a file
 * that does not exist are each reported as `file: reason` (exit 2, no
 * stack), and the good file among them is still triaged.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "./run-cli.js";

describe("triage with unreadable inputs", () => {
  it("reports a directory and a missing file by name and reason, and still triages the good file", () => {
    const dir = tempDir();
    const folder = join(dir, "tickets");
    mkdirSync(folder);
    const missing = join(dir, "missing.json");
    const good = join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ id: "GOOD-FILE-1", subject: "Export", description: "How do I export my invoices?" }));
    const run = runCli(["triage", "--json", folder, missing, good]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`error: ${folder}: is a directory, not a ticket file`);
    expect(run.stderr).toContain(`error: ${missing}: no such file`);
    expect(run.stderr).not.toMatch(/internal error|EISDIR|ENOENT|\n\s+at /);
    expect(run.stdout).toContain('"ticketId":"GOOD-FILE-1"');
  });
});
