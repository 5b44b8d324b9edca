/**
 * The CLI in this process (main()), for tests that run many commands
 * against one database: much quicker than a process each. stdout and stderr
 * are captured; `env` is read at every call, so a test may change it
 * between commands.
 */
import { vi } from "vitest";
import { main } from "../../src/cli/main.js";

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function inProcessCli(env: Record<string, string>): (...args: string[]) => Promise<InProcessRun> {
  return async (...args) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const stdout: string[] = [];
    const stderr: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true));
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (stderr.push(String(chunk)), true));
    try {
      const code = await main(["node", "escalation-agent", ...args]);
      // A command that sets process.exitCode (and returns 0) failed all the same.
      return { code: process.exitCode && code === 0 ? Number(process.exitCode) : code, stdout: stdout.join(""), stderr: stderr.join("") };
    } finally {
      vi.restoreAllMocks();
      process.exitCode = undefined;
    }
  };
}
