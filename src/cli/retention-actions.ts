/**
 * What `threads prune` and `threads delete` do once they run, on the agent's
 * database; imported by their actions (retention-commands.ts).
 */
import { withDefaultSchema } from "../persistence/postgres-location.js";
import { eraseThreads, threadsOfCustomer } from "../retention/erase.js";
import { NoThreadStorageError } from "../retention/open-storage.js";
import type { PruneReport } from "../retention/prune.js";
import { openIntakeJournal } from "../runtime/intake/journal.js";
import { DEFAULT_OUTBOX_DIR } from "../delivery/file-outbox.js";
import type { AgentCliOptions } from "./agent-options.js";
import { openAgent, type OpenAgent } from "./open-agent.js";
import { UsageError } from "./errors.js";
import type { DeleteCliOptions, PruneCliOptions } from "./retention-commands.js";

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

export async function runPrune(options: PruneCliOptions): Promise<void> {
  const now = options.now ?? new Date();
  const report = await withAgent(options, (agent) => agent.prune({ finishedBefore: new Date(now.getTime() - options.finishedBefore), keep: options.keep }));
  process.stdout.write(options.json ? JSON.stringify(report) + "\n" : describePrune(report) + "\n");
}

export async function runDelete(options: DeleteCliOptions): Promise<void> {
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
}

function describePrune(report: PruneReport): string {
  const left = [`${report.recent} active since the cut-off`, `${report.waiting} with a person`, ...(report.midRun ? [`${report.midRun} stopped mid-run`] : [])];
  return `pruned ${report.pruned} of ${report.threads} thread(s), ${report.checkpointsRemoved} checkpoint(s) removed; left whole: ${left.join(", ")}`;
}
