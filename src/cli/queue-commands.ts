/**
 * `enqueue` submits tickets, follow-ups and human actions to the queue on
 * Redis (REDIS_URL); `worker` processes them. The queue code (BullMQ, about
 * 300 ms to load) is imported only when one of these commands runs.
 */
import type { WithSettings } from "./settings-option.js";
import { Option, type Command } from "commander";
import { addAgentOptions } from "./agent-options.js";
import { durationOption } from "./duration.js";
import { DEFAULT_FOLLOWUPS_EVERY_MS, DEFAULT_PRUNE_EVERY_MS } from "../worker/schedule-defaults.js";
import { UsageError } from "./errors.js";
import { DEFAULT_FINISHED_BEFORE_MS, DEFAULT_KEEP } from "../domain/retention.js";
import { parseKeep } from "./retention-commands.js";
import type { WorkerCliOptions } from "./worker-options.js";

function port(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n > 65_535) throw new UsageError(`${name}: must be a port number (0-65535), got '${value}'`);
    return n;
  };
}

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name}: must be a whole number of at least 1, got '${value}'`);
    return n;
  };
}

export function registerWorker(program: Command): void {
  const command = program
    .command("worker")
    .description("process queued tickets, follow-ups and human actions from Redis (REDIS_URL) until SIGTERM; run as many as you like against one PostgreSQL")
    .option("--concurrency <n>", "threads processed at once by this process", positiveInt("--concurrency"), 4)
    .option("--lock-duration <ms>", "how long a crashed worker's job stays locked before another worker takes it over", positiveInt("--lock-duration"), 30_000)
    .option("--stalled-interval <ms>", "how often to look for jobs of crashed workers", positiveInt("--stalled-interval"), 30_000)
    .addOption(
      new Option(
        "--followups-every <duration>",
        "send due follow-up surveys this often (e.g. 5m, 1h), once per interval across all workers; 0 or off stops the schedule for all",
      )
        .argParser(durationOption("--followups-every", { minMs: 1_000, allowOff: true }))
        .default(DEFAULT_FOLLOWUPS_EVERY_MS, "5m"),
    )
    .addOption(
      new Option(
        "--prune-every <duration>",
        "run threads prune this often (e.g. 1d, 6h), once per interval across all workers; 0 or off stops the schedule for all",
      )
        .argParser(durationOption("--prune-every", { minMs: 1_000, allowOff: true }))
        .default(DEFAULT_PRUNE_EVERY_MS, "1d"),
    )
    .addOption(
      new Option("--prune-finished-before <duration>", "what a scheduled prune takes: threads finished longer ago than this")
        .argParser(durationOption("--prune-finished-before", { minMs: 0 }))
        .default(DEFAULT_FINISHED_BEFORE_MS, "30d"),
    )
    .addOption(new Option("--prune-keep <what>", "what a scheduled prune keeps: turns or latest").argParser(parseKeep).default(DEFAULT_KEEP))
    .option("--metrics-port <port>", "serve Prometheus metrics at GET /metrics on this port (0 picks a free one); off when not given", port("--metrics-port"))
    .option("--metrics-host <host>", "interface of the metrics listener; without METRICS_TOKEN only local callers may scrape", "127.0.0.1");
  addAgentOptions(command).action(async (options: WorkerCliOptions) => {
    const { runWorkerProcess } = await import("./worker-process.js");
    process.exitCode = await runWorkerProcess(options);
  });
}

export function registerEnqueue(program: Command): void {
  const command = program
    .command("enqueue")
    .description("submit tickets (as for triage), follow-ups {thread, followUp} and human actions {thread, humanAction} to the worker queue")
    .argument("<files...>", "files, or - for stdin")
    .option("--thread <id>", "thread for a single entry (default: the ticket id)");
  command.action(async (files: string[], options: { thread?: string } & WithSettings) => {
    const { runEnqueue } = await import("./enqueue-run.js");
    process.exitCode = await runEnqueue(files, options);
  });
}
