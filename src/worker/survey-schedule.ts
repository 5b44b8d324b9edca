/**
 * Follow-up surveys on a schedule, run by the workers. Every worker upserts
 * the same BullMQ job scheduler (one id, on a queue of its own), so however
 * many workers there are, BullMQ holds one scheduler and makes one job per
 * interval, which one worker takes. Upserting with another interval changes
 * it for all; a worker started with the schedule off removes it, so turning
 * it off needs no Redis surgery (the last worker to start decides).
 *
 * A run that dies with its worker is picked up by another worker's stalled
 * check; sending twice is harmless, since runDueFollowUps sends each survey
 * once however often it runs.
 */
import { Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { FollowUpOutcome } from "./send-surveys.js";
import type { QueueSettings } from "../runtime/queue/settings.js";

export const FOLLOWUPS_QUEUE_NAME = "escalation-followups";
export const FOLLOWUPS_SCHEDULER_ID = "followups-run";

export interface FollowUpScheduleOptions {
  /** Interval between runs (ms); 0 turns the schedule off for the whole deployment. */
  everyMs: number;
  /** Sends what is due at `now`. */
  run: (now: Date) => Promise<FollowUpOutcome[]>;
}

export interface FollowUpRunSummary {
  sent: number;
  /** Failed this time, tried again on a later run. */
  retrying: number;
  /** Given up after the last attempt. */
  failed: number;
}

export interface RunningFollowUps {
  queue: Queue;
  /** Null when the schedule is off. */
  worker: Worker<unknown, FollowUpRunSummary> | null;
  close(): Promise<void>;
}

export async function startFollowUpSchedule(
  redis: Redis,
  settings: QueueSettings,
  options: FollowUpScheduleOptions,
  logger: Logger,
): Promise<RunningFollowUps> {
  const queue = new Queue(FOLLOWUPS_QUEUE_NAME, { connection: redis, prefix: settings.prefix });
  if (options.everyMs <= 0) {
    if (await queue.removeJobScheduler(FOLLOWUPS_SCHEDULER_ID)) logger.info("follow-up schedule removed");
    return { queue, worker: null, close: () => queue.close() };
  }

  const worker = new Worker<unknown, FollowUpRunSummary>(
    FOLLOWUPS_QUEUE_NAME,
    async () => {
      const outcomes = await options.run(new Date());
      // Counts only: the outcomes carry customers' addresses, which stay out of logs and Redis.
      const summary: FollowUpRunSummary = {
        sent: outcomes.filter((o) => o.status === "sent").length,
        retrying: outcomes.filter((o) => o.status === "scheduled").length,
        failed: outcomes.filter((o) => o.status === "failed").length,
      };
      if (outcomes.length > 0) logger.info(summary, "follow-up surveys run");
      return summary;
    },
    // One run at a time in a process is plenty; the scheduler makes only one per interval anyway.
    { connection: redis, prefix: settings.prefix, concurrency: 1 },
  );
  worker.on("failed", (_job, error) => logger.warn({ err: error.message }, "follow-up run failed; the next interval tries again"));
  worker.on("error", (error) => logger.error({ err: error.message }, "follow-up worker error"));
  await worker.waitUntilReady();
  await queue.upsertJobScheduler(
    FOLLOWUPS_SCHEDULER_ID,
    { every: options.everyMs },
    // The next interval is the retry; a few finished runs are kept for a look with any BullMQ board.
    { name: "followups", opts: { attempts: 1, removeOnComplete: { count: 50 }, removeOnFail: { count: 50 } } },
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
