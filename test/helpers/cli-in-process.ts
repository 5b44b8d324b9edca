/**
 * The CLI's main() in the test process, with stdout and stderr captured and
 * the environment a spawned CLI would get (run-cli.ts). A spawned process
 * pays the whole module graph's start-up (seconds on a busy machine); a
 * suite keeps one real spawn for the exit code and stdout of a behaviour
 * and checks its variations here. main() is what bin/escalation-agent.js
 * runs, so the command, its output and the code it returns are the same.
 */
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { NO_CHANNELS, tempDir, type CliRun } from "../cli/run-cli.js";

export async function runCliInProcess(args: string[], options: { env?: Record<string, string> } = {}): Promise<CliRun & { code: number }> {
  const work = tempDir();
  const env = { ...NO_CHANNELS, ESCALATION_OUTBOX: join(work, "outbox"), ESCALATION_DB: join(work, "agent.db"), NO_COLOR: "1", ...options.env };
  // Only what this call changed is put back: a test's own stubs and spies stay as they were.
  const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (stderr.push(String(chunk)), true));
  try {
    const code = await main(["node", "escalation-agent", ...args]);
    // Colours were chosen when picocolors first loaded in this process (CI=true turns them on); a
    // spawned run gets NO_COLOR=1, so the text is compared without them, as it would print.
    return { code, stdout: stripVTControlCharacters(stdout.join("")), stderr: stripVTControlCharacters(stderr.join("")) };
  } finally {
    out.mockRestore();
    err.mockRestore();
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    process.exitCode = undefined;
  }
}
