/** Runs the real CLI (bin/escalation-agent.js) in a child process. */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/escalation-agent.js", import.meta.url));
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function tempDir(prefix = "esc-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Delivery settings a developer may have exported must not make tests send real messages. */
export const NO_CHANNELS = { SMTP_URL: "", SLACK_BOT_TOKEN: "", SLACK_API_URL: "", ZENDESK_URL: "", ZENDESK_EMAIL: "", ZENDESK_API_TOKEN: "" };

export function runCli(args: string[], options: { input?: string; env?: Record<string, string> } = {}): CliRun {
  const work = tempDir();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: options.input,
    encoding: "utf8",
    env: {
      ...process.env,
      ...NO_CHANNELS,
      ESCALATION_OUTBOX: join(work, "outbox"),
      ESCALATION_DB: join(work, "agent.db"),
      NO_COLOR: "1",
      ...options.env,
    },
    timeout: 150_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
