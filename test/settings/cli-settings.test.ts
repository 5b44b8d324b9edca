/**
 * The CLI parses the environment once, before a command runs: a bad value
 * stops every command with exit 2 and one line naming the variable — no
 * stack, never a secret's value — while --help and --version still work.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { EXIT_USAGE } from "../../src/cli/errors.js";

async function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (stderr.push(String(chunk)), true));
  const code = await main(["node", "escalation-agent", ...args], env);
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe("the CLI's settings", () => {
  it("stop a command at a bad variable with exit 2, naming it, without a stack or the secret", async () => {
    const result = await run(["threads", "--db", ":memory:"], { INTAKE_SECRET: "short-s3cret", PORT: "eighty" });
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toBe("error: PORT must be a port number (0–65535), got 'eighty'; INTAKE_SECRET must be at least 16 characters\n");
    expect(result.stderr).not.toContain("short-s3cret");
    expect(result.stdout).toBe("");
  });

  it("scrub a secret a value error could carry, with the environment's secrets when the settings did not load", async () => {
    const result = await run(["threads", "--db", ":memory:"], { SMTP_URL: "smtp://user:hunter2secret@mail.test", SLACK_API_URL: "not a url hunter2secret" });
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stderr).toMatch(/^error: SLACK_API_URL is not a valid URL/);
    expect(result.stderr).not.toContain("hunter2secret");
  });

  it("are not needed for --help and --version", async () => {
    const help = await run(["--help"], { PORT: "eighty" });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("escalation-agent");
    const version = await run(["--version"], { PORT: "eighty" });
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("run a command with the environment it is given", async () => {
    const result = await run(["threads", "--json"], { ESCALATION_DB: ":memory:" });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("");
  });
});
