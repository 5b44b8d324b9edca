/**
 * `threads prune` and `threads delete`: how long a thread's history is
 * kept, and erasure on request (src/retention). Both work on the database
 * of --db / ESCALATION_DB, SQLite or PostgreSQL alike.
 */
import { withDefaultSchema } from "../persistence/postgres-location.js";
import { Option, type Command } from "commander";
import { DEFAULT_FINISHED_BEFORE_MS, DEFAULT_KEEP, KEEP_POLICIES, KeepPolicy } from "../domain/retention.js";
import { eraseThreads, threadsOfCustomer } from "../retention/erase.js";
import { NoThreadStorageError } from "../retention/open-storage.js";
import type { PruneReport } from "../retention/prune.js";
import { openIntakeJournal } from "../runtime/intake/journal.js";
import { DEFAULT_OUTBOX_DIR } from "../delivery/file-outbox.js";
import { oneLine } from "../privacy/one-line.js";
import { addAgentOptions, openAgent, type AgentCliOptions, type OpenAgent } from "./agent-options.js";
import { durationOption } from "./duration.js";
import { UsageError } from "./errors.js";

interface PruneCliOptions extends AgentCliOptions {
  finishedBefore: number;
  keep: KeepPolicy;
  now?: Date;
  json?: boolean;
}

interface DeleteCliOptions extends AgentCliOptions {
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

/** Runs `work` with the agent open, closing it after, and says plainly when there is no database to work on. */
async function withAgent<T>(options: AgentCliOptions, work: (agent: OpenAgent) => Promise<T>): Promise<T> {
  const agent = openAgent(options);
  try {
    return await work(agent);
  } catch (error) {
    if (error instanceof NoThreadStorageError) throw new UsageError(`--db: ${error.message}`);
    throw error;
  } finally {
    await agent.close();
  }
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
    const now = options.now ?? new Date();
    const report = await withAgent(options, (agent) => agent.prune({ finishedBefore: new Date(now.getTime() - options.finishedBefore), keep: options.keep }));
    process.stdout.write(options.json ? JSON.stringify(report) + "\n" : describePrune(report) + "\n");
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
    if ((options.thread === undefined) === (options.customer === undefined)) throw new UsageError("give exactly one of --thread <id> or --customer <email>");
    if (options.customer !== undefined && !options.customer.includes("@")) throw new UsageError("--customer: must be an email address");
    const record = await withAgent(options, async (agent) => {
      const storage = await agent.threadStorage();
      const threadIds = options.thread !== undefined ? [options.thread] : await threadsOfCustomer(agent.client, storage, options.customer ?? "");
      const journalAt = withDefaultSchema(options.journal ?? options.settings.storage.journal ?? agent.db, options.settings.storage.dbSchema);
      const journal = journalAt === ":memory:" ? undefined : openIntakeJournal(journalAt);
      try {
        return await eraseThreads(threadIds, options.thread !== undefined ? "thread" : "customer", {
          client: agent.client,
          storage,
          ledger: agent.ledger,
          store: agent.store,
          ...(journal ? { journal } : {}),
          outboxDir: options.settings.storage.outboxDir ?? DEFAULT_OUTBOX_DIR,
          now: () => new Date(),
        });
      } finally {
        await journal?.close();
      }
    });
    if (options.json) {
      process.stdout.write(JSON.stringify(record) + "\n");
      return;
    }
    const { checkpoints, ledger, store, journal, outbox } = record.removed;
    process.stdout.write(
      `erased ${record.threadDigests.length} thread(s): ${checkpoints} checkpoint rows, ${ledger} ledger rows, ${store} store items, ${journal} journal rows, ${outbox} outbox files; recorded at ${record.at}\n`,
    );
  });
}

function describePrune(report: PruneReport): string {
  const left = [`${report.recent} active since the cut-off`, `${report.waiting} with a person`, ...(report.midRun ? [`${report.midRun} stopped mid-run`] : [])];
  return `pruned ${report.pruned} of ${report.threads} thread(s), ${report.checkpointsRemoved} checkpoint(s) removed; left whole: ${left.join(", ")}`;
}
