/**
 * Worker processes for the load test and the scaling benchmark: the real
 * `escalation-agent worker` command, its JSON log lines kept in a file.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/escalation-agent.js", import.meta.url));

export interface WorkerProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once the worker logged "worker started". */
  started: Promise<void>;
}

export interface WorkerEnv {
  db: string;
  redisUrl: string;
  prefix: string;
  outbox: string;
  /** More environment, e.g. channel settings (SLACK_BOT_TOKEN, SLACK_API_URL). */
  extra?: Record<string, string>;
}

/** logLevel "debug" logs a line per request (what the load test counts); "info" is production's. */
export function spawnWorker(name: string, env: WorkerEnv, logFile: string, args: string[] = [], logLevel: "debug" | "info" = "debug"): WorkerProcess {
  const child = spawn(process.execPath, [BIN, "worker", ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      ESCALATION_DB: env.db,
      REDIS_URL: env.redisUrl,
      ESCALATION_QUEUE_PREFIX: env.prefix,
      ESCALATION_OUTBOX: env.outbox,
      LOG_LEVEL: logLevel,
      ...env.extra,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = createWriteStream(logFile, { flags: "a" });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      // Let the pipes flush what the process wrote last.
      setTimeout(() => {
        log.end();
        resolve({ code, signal });
      }, 100);
    }),
  );
  const started = new Promise<void>((resolve, reject) => {
    let seen = "";
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('"msg":"worker started"')) {
        child.stdout?.off("data", onData);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    void exited.then(({ code, signal }) => reject(new Error(`worker ${name} exited before it started (code ${code}, signal ${signal}); see ${logFile}`)));
  });
  started.catch(() => {}); // observed by whoever awaits it
  return { name, child, logFile, exited, started };
}

/** The worker's log lines, parsed. */
export function logLines(logFile: string): Array<Record<string, unknown>> {
  return readFileSync(logFile, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
