/**
 * `threads prune` and `threads delete`: how long a thread's history is
 * kept, and erasure on request (src/retention). Both work on the database
 * of --db / ESCALATION_DB, SQLite or PostgreSQL alike. Their definitions
 * only; what they do is in retention-actions.ts, imported when one runs.
 */
import { Option, type Command } from "commander";
import { DEFAULT_FINISHED_BEFORE_MS, DEFAULT_KEEP, KEEP_POLICIES, KeepPolicy } from "../domain/retention.js";
import { oneLine } from "../privacy/one-line.js";
import { addAgentOptions, type AgentCliOptions } from "./agent-options.js";
import { durationOption } from "./duration.js";
import { UsageError } from "./errors.js";

export interface PruneCliOptions extends AgentCliOptions {
  finishedBefore: number;
  keep: KeepPolicy;
  now?: Date;
  json?: boolean;
}

export interface DeleteCliOptions extends AgentCliOptions {
  thread?: string;
  customer?: string;
  journal?: string;
  json?: boolean;
}

export function parseKeep(value: string): KeepPolicy {
  const parsed = KeepPolicy.safeParse(value);
  if (!parsed.success) throw new UsageError(`--keep: must be one of ${KEEP_POLICIES.join(", ")}, got '${oneLine(value)}'`);
  return parsed.data;
}

function parseNow(value: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new UsageError(`--now: not a date or time: '${oneLine(value)}'`);
  return at;
}

export function registerRetention(threads: Command): void {
  const prune = threads
    .command("prune")
    .description("keep only the last checkpoint of each turn of finished threads (never those waiting for or owned by a person)")
    .addOption(
      new Option("--finished-before <duration>", "prune threads whose last activity is older than this (e.g. 30d, 12h)")
        .argParser(durationOption("--finished-before", { minMs: 0 }))
        .default(DEFAULT_FINISHED_BEFORE_MS, "30d"),
    )
    .addOption(new Option("--keep <what>", "turns: the last checkpoint of every turn; latest: only the latest").argParser(parseKeep).default(DEFAULT_KEEP))
    .option("--now <time>", "treat this ISO time as now", parseNow)
    .option("--json", "the report as one JSON object");
  addAgentOptions(prune).action(async (options: PruneCliOptions) => {
    const { runPrune } = await import("./retention-actions.js");
    await runPrune(options);
  });

  const erase = threads
    .command("delete")
    .description(
      "erase a thread, or every thread of a customer: checkpoints, ledger, store, journal and outbox files; the erasure is recorded without personal data",
    )
    .option("--thread <id>", "the thread to erase")
    .option("--customer <email>", "erase every thread whose ticket has this customer address")
    .option("--journal <path|url>", "the intake journal, where not beside the threads (default INTAKE_JOURNAL, else --db)")
    .option("--json", "the erasure record as one JSON object");
  addAgentOptions(erase).action(async (options: DeleteCliOptions) => {
    // Checked before the agent's code loads: a mistyped command answers at once.
    if ((options.thread === undefined) === (options.customer === undefined)) throw new UsageError("give exactly one of --thread <id> or --customer <email>");
    if (options.customer !== undefined && !options.customer.includes("@")) throw new UsageError("--customer: must be an email address");
    const { runDelete } = await import("./retention-actions.js");
    await runDelete(options);
  });
}
