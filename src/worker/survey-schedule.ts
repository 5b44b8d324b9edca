/**
 * Follow-up surveys on a schedule, run by the workers (interval-job.ts: one
 * run per interval across the deployment, whatever the number of workers).
 *
 * A run that dies with its worker is picked up by another worker's stalled
 * check; sending twice is harmless, since runDueFollowUps sends each survey
 * once however often it runs.
 */
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { FollowUpOutcome } from "./send-surveys.js";
import type { QueueSettings } from "../runtime/queue/settings.js";
import { startIntervalJob, type RunningIntervalJob } from "./interval-job.js";

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

export type RunningFollowUps = RunningIntervalJob<FollowUpRunSummary>;

export function startFollowUpSchedule(redis: Redis, settings: QueueSettings, options: FollowUpScheduleOptions, logger: Logger): Promise<RunningFollowUps> {
  return startIntervalJob(
    redis,
    settings,
    {
      queueName: FOLLOWUPS_QUEUE_NAME,
      schedulerId: FOLLOWUPS_SCHEDULER_ID,
      jobName: "followups",
      label: "follow-up",
      everyMs: options.everyMs,
      keep: 50,
      run: async () => {
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
    },
    logger,
  );
}
