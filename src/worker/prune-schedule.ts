/**
 * `threads prune` on a schedule, run by the workers as the follow-up surveys
 * are (interval-job.ts: one run per interval across the deployment, taken by
 * one worker; a worker started with the schedule off removes it for all). A
 * run that dies with its worker is simply run again at the next interval:
 * pruning twice is pruning once.
 */
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { PruneReport } from "../retention/prune.js";
import type { QueueSettings } from "../runtime/queue/settings.js";
import { startIntervalJob, type RunningIntervalJob } from "./interval-job.js";

export const PRUNE_QUEUE_NAME = "escalation-prune";
export const PRUNE_SCHEDULER_ID = "threads-prune";

export interface PruneScheduleOptions {
  /** Interval between runs (ms); 0 turns the schedule off for the whole deployment. */
  everyMs: number;
  /** Prunes what is due at `now` (the cut-off and what to keep are the caller's). */
  run: (now: Date) => Promise<PruneReport>;
}

export type RunningPrune = RunningIntervalJob<PruneReport>;

export function startPruneSchedule(redis: Redis, settings: QueueSettings, options: PruneScheduleOptions, logger: Logger): Promise<RunningPrune> {
  return startIntervalJob(
    redis,
    settings,
    {
      queueName: PRUNE_QUEUE_NAME,
      schedulerId: PRUNE_SCHEDULER_ID,
      jobName: "prune",
      label: "prune",
      everyMs: options.everyMs,
      keep: 20,
      run: async () => {
        const report = await options.run(new Date());
        // Counts only: thread ids stay out of the logs.
        if (report.threads > 0) logger.info(report, "threads pruned");
        return report;
      },
    },
    logger,
  );
}
