/**
 * The real `escalation-agent worker` process against a test deployment
 * (harness.ts), its stdout and stderr collected. stopWorkerProcesses() in
 * afterEach kills whatever a failed or timed-out test left running.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { ROOT } from "../cli/run-cli.js";
import type { Harness } from "./harness.js";

const BIN = fileURLToPath(new URL("../../bin/escalation-agent.js", import.meta.url));
const running = new Set<ChildProcessWithoutNullStreams>();

export interface WorkerProcess {
  child: ChildProcessWithoutNullStreams;
  /** Everything it wrote so far, stdout and stderr interleaved. */
  output(): string;
  /** Its exit code (null when a signal ended it). */
  exited: Promise<number | null>;
}

export function startWorkerProcess(h: Harness, args: string[], env: Record<string, string> = {}): WorkerProcess {
  const child = spawn(process.execPath, [BIN, "worker", ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      ESCALATION_DB: h.location,
      REDIS_URL: h.settings.redisUrl,
      ESCALATION_QUEUE_PREFIX: h.settings.prefix,
      ESCALATION_OUTBOX: h.outbox,
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  child.stdin.end();
  running.add(child);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, "exit").then(([code]) => {
    running.delete(child);
    return code as number | null;
  });
  return { child, output: () => output, exited };
}

export function stopWorkerProcesses(): void {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
}
