/**
 * Runs the CLI as a user would (`node bin/escalation-agent.js …`) in a child
 * process of its own, so its peak memory is that process's alone, and
 * watches it: results counted as they arrive on stdout (one JSON line per
 * ticket with --json), resident memory read from /proc while it runs, and
 * its own `process.resourceUsage().maxRSS` written at exit by a one-line
 * module given to node with --import (the same figure `/usr/bin/time -v`
 * prints; /proc is gone once the process has exited).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { statusBytes } from "./storage-measure.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "escalation-agent.js");

const PROBE = `data:text/javascript,${encodeURIComponent(
  'import{writeFileSync}from"node:fs";process.on("exit",()=>writeFileSync(process.env.BENCH_MAXRSS_FILE,String(process.resourceUsage().maxRSS)));',
)}`;

export interface CliRun {
  code: number;
  /** Wall time from spawn to exit, start-up included. */
  wallMs: number;
  /** Milliseconds from spawn to each result line on stdout. */
  resultAt: number[];
  stderr: string;
  /** Peak resident set of the process (maxRSS), in bytes. */
  peakRssBytes: number;
}

export interface Watch {
  /** Called about once a second, and once more at the end (`done`): results so far, resident bytes now (undefined once gone). */
  (results: number, rssBytes: number | undefined, elapsedMs: number, done: boolean): void;
}

/** bin/escalation-agent.js runs dist/ only when it is newer than every source; otherwise tsx, slower and bigger. */
export function assertBuilt(): void {
  const compiled = join(ROOT, "dist", "cli", "run.js");
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (max, e) => Math.max(max, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs),
      0,
    );
  if (!existsSync(compiled) || statSync(compiled).mtimeMs < newest(join(ROOT, "src"))) {
    throw new Error("dist/ is older than src/: run `npm run build` first, so the CLI measured is the compiled one users run");
  }
}

/** Runs the CLI with `args`; `onLine` sees each stdout line (a batch's output is not kept: 5,000 results are tens of MB). */
export function runCli(args: string[], env: Record<string, string>, onLine: (line: string) => void = () => {}, watch?: Watch): Promise<CliRun> {
  const rssFile = join(tmpdir(), `esc-bench-maxrss-${process.pid}-${Date.now()}`);
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", PROBE, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, BENCH_MAXRSS_FILE: rssFile },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const resultAt: number[] = [];
  let partial = "";
  let err = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    const now = performance.now() - started;
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      resultAt.push(now);
      onLine(line);
    }
  });
  // The last 64 KB of stderr is enough to say why a run failed.
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err = (err + chunk).slice(-65_536)));
  const rssNow = () => {
    try {
      return statusBytes(readFileSync(`/proc/${child.pid}/status`, "utf8"), "VmRSS");
    } catch {
      return undefined;
    }
  };
  const timer = watch ? setInterval(() => watch(resultAt.length, rssNow(), performance.now() - started, false), 1000) : undefined;
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (timer) clearInterval(timer);
      const wallMs = performance.now() - started;
      watch?.(resultAt.length, undefined, wallMs, true);
      // maxRSS is in kilobytes; no file when the process died before its exit handlers ran.
      const peakRssBytes = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) * 1024 : 0;
      rmSync(rssFile, { force: true });
      resolve({ code: code ?? 1, wallMs, resultAt, stderr: err, peakRssBytes });
    });
  });
}
