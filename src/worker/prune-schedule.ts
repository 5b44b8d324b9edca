/**
 * `threads prune` on a schedule, run by the workers, as the follow-up
 * surveys are (followups.ts): every worker upserts the same BullMQ job
 * scheduler, so there is one run per interval across the deployment, taken
 * by one worker; a worker started with the schedule off removes it for all.
 * A run that dies with its worker is simply run again at the next interval:
 * pruning twice is pruning once.
 */
import { Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { PruneReport } from "../retention/prune.js";
import type { QueueSettings } from "../runtime/queue/settings.js";

export const PRUNE_QUEUE_NAME = "escalation-prune";
export const PRUNE_SCHEDULER_ID = "threads-prune";
/** Once a day: history is kept for weeks, so the day a thread's history goes is of no consequence. */
export const DEFAULT_PRUNE_EVERY_MS = 86_400_000;

export interface PruneScheduleOptions {
  /** Interval between runs (ms); 0 turns the schedule off for the whole deployment. */
  everyMs: number;
  /** Prunes what is due at `now` (the cut-off and what to keep are the caller's). */
  run: (now: Date) => Promise<PruneReport>;
}

export interface RunningPrune {
  queue: Queue;
  /** Null when the schedule is off. */
  worker: Worker<unknown, PruneReport> | null;
  close(): Promise<void>;
}

export async function startPruneSchedule(redis: Redis, settings: QueueSettings, options: PruneScheduleOptions, logger: Logger): Promise<RunningPrune> {
  const queue = new Queue(PRUNE_QUEUE_NAME, { connection: redis, prefix: settings.prefix });
  if (options.everyMs <= 0) {
    if (await queue.removeJobScheduler(PRUNE_SCHEDULER_ID)) logger.info("prune schedule removed");
    return { queue, worker: null, close: () => queue.close() };
  }
  const worker = new Worker<unknown, PruneReport>(
    PRUNE_QUEUE_NAME,
    async () => {
      const report = await options.run(new Date());
      // Counts only: thread ids stay out of the logs.
      if (report.threads > 0) logger.info(report, "threads pruned");
      return report;
    },
    { connection: redis, prefix: settings.prefix, concurrency: 1 },
  );
  worker.on("failed", (_job, error) => logger.warn({ err: error.message }, "prune run failed; the next interval tries again"));
  worker.on("error", (error) => logger.error({ err: error.message }, "prune worker error"));
  await worker.waitUntilReady();
  await queue.upsertJobScheduler(
    PRUNE_SCHEDULER_ID,
    { every: options.everyMs },
    { name: "prune", opts: { attempts: 1, removeOnComplete: { count: 20 }, removeOnFail: { count: 20 } } },
  );
  return {
    queue,
    worker,
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
