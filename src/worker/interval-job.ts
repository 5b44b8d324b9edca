/**
 * A job the workers run on an interval, once per interval across the
 * deployment. Every worker upserts the same BullMQ job scheduler (one id, on
 * a queue of its own), so however many workers there are, BullMQ holds one
 * scheduler and makes one job per interval, which one worker takes.
 * Upserting with another interval changes it for all; a worker started with
 * the schedule off removes it, so turning it off needs no Redis surgery (the
 * last worker to start decides). The next interval is the retry: a job is
 * tried once.
 */
import { Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { QueueSettings } from "../runtime/queue/settings.js";

export interface IntervalJob<R> {
  queueName: string;
  schedulerId: string;
  /** The name of each job the scheduler makes. */
  jobName: string;
  /** What the logs call it ("prune", "follow-up"). */
  label: string;
  /** Interval between runs (ms); 0 turns the schedule off for the whole deployment. */
  everyMs: number;
  /** Finished runs kept (each of completed and failed), for a look with any BullMQ board. */
  keep: number;
  /** One run; what it returns is the job's result in Redis, so it holds counts, never customers' data. */
  run: () => Promise<R>;
}

export interface RunningIntervalJob<R> {
  queue: Queue;
  /** Null when the schedule is off. */
  worker: Worker<unknown, R> | null;
  close(): Promise<void>;
}

export async function startIntervalJob<R>(redis: Redis, settings: QueueSettings, job: IntervalJob<R>, logger: Logger): Promise<RunningIntervalJob<R>> {
  const queue = new Queue(job.queueName, { connection: redis, prefix: settings.prefix });
  if (job.everyMs <= 0) {
    if (await queue.removeJobScheduler(job.schedulerId)) logger.info(`${job.label} schedule removed`);
    return { queue, worker: null, close: () => queue.close() };
  }
  // One run at a time in a process is plenty; the scheduler makes only one per interval anyway.
  const worker = new Worker<unknown, R>(job.queueName, () => job.run(), { connection: redis, prefix: settings.prefix, concurrency: 1 });
  worker.on("failed", (_job, error) => logger.warn({ err: error.message }, `${job.label} run failed; the next interval tries again`));
  worker.on("error", (error) => logger.error({ err: error.message }, `${job.label} worker error`));
  await worker.waitUntilReady();
  await queue.upsertJobScheduler(
    job.schedulerId,
    { every: job.everyMs },
    { name: job.jobName, opts: { attempts: 1, removeOnComplete: { count: job.keep }, removeOnFail: { count: job.keep } } },
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
