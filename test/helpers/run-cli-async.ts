/**
 * Runs the real CLI in a child process without blocking this one, so fake
 * servers in the test process can answer it (spawnSync would freeze them).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CliRun } from "../cli/run-cli.js";

const BIN = fileURLToPath(new URL("../../bin/escalation-agent.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export function runCliAsync(args: string[], options: { input?: string; env: Record<string, string> }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", ...options.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}
