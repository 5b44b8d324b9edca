/**
 * A queue worker: takes doorbells off the BullMQ queue and drains the
 * thread's inbox (drain.ts). Any number of workers, in any number of
 * processes, may share the queue and the PostgreSQL database.
 *
 * A worker that dies mid-request (SIGKILL, OOM, a lost machine) stops
 * renewing its BullMQ job lock; after `lockDuration` another worker's
 * stalled-job check puts the doorbell back, and the request resumes from
 * its last checkpoint. Notifications already sent are not sent again: the
 * handoff's idempotency keys and the delivery ledger see to that.
 */
import { Worker } from "bullmq";
import type { Logger } from "pino";
import type { ThreadClient } from "../runtime/thread-client.js";
import { requestDeadLettered } from "../observability/metrics.js";
import { watchQueue } from "./watches.js";
import { drainThread, type DrainedRequest } from "../runtime/queue/drain.js";
import { heapCollector } from "./heap-collector.js";
import { startFollowUpSchedule, type FollowUpScheduleOptions, type RunningFollowUps } from "./survey-schedule.js";
import { startPruneSchedule, type PruneScheduleOptions, type RunningPrune } from "./prune-schedule.js";
import { RequestQueue, type DoorbellData } from "../runtime/queue/producer.js";
import { openRedis, QUEUE_NAME, type QueueSettings } from "../runtime/queue/settings.js";

export interface WorkerOptions {
  client: ThreadClient;
  settings: QueueSettings;
  logger: Logger;
  /** Doorbells (threads) in flight at once in this process. Default 4. */
  concurrency?: number;
  /** How long a dead worker's job stays locked before another takes it (ms). BullMQ's default, 30 s. */
  lockDurationMs?: number;
  /** How often this worker looks for stalled jobs (ms). Default 30 s. */
  stalledIntervalMs?: number;
  /** Starts of one request before it is given up (dead letters). Default 5. */
  maxAttempts?: number;
  /** How often to look for inboxes whose doorbell went missing (ms). Default 5 min. */
  sweepIntervalMs?: number;
  /**
   * How long a request must have waited before a sweep rings for it (ms).
   * Default 10 min: longer than a backlog normally lasts, since every
   * request already has a doorbell queued and a second one is wasted work.
   */
  staleAfterMs?: number;
  /** The follow-up survey schedule (followups.ts); left alone when not given. */
  followUps?: FollowUpScheduleOptions;
  /** The `threads prune` schedule (prune-schedule.ts); left alone when not given. */
  prune?: PruneScheduleOptions;
}

export interface RunningWorker {
  /** Finishes the requests in progress, then closes the queue and Redis; the caller closes the database. */
  close(): Promise<void>;
  /** Rings inboxes whose mail waited too long (at start and every sweepIntervalMs). */
  sweep(): Promise<number>;
  readonly worker: Worker<DoorbellData, DrainedRequest[]>;
  /** The follow-up schedule, when options.followUps was given. */
  readonly followUps: RunningFollowUps | null;
  /** The prune schedule, when options.prune was given. */
  readonly prune: RunningPrune | null;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { client, settings, logger } = options;
  const redis = openRedis(settings, (error) => logger.warn({ err: error.message }, "redis connection error"));
  const requests = new RequestQueue(redis, settings);
  let stopping = false;
  // A worker is a batch that never ends: its memory is kept flat the same way (heap-collector.ts).
  const heap = heapCollector();

  const worker = new Worker<DoorbellData, DrainedRequest[]>(
    QUEUE_NAME,
    async (job) =>
      drainThread(job.data.threadId, {
        client,
        inbox: requests.inbox,
        maxAttempts: options.maxAttempts ?? 5,
        batchLimit: 50,
        stopping: () => stopping,
        ringAgain: (threadId) => requests.ring([threadId]),
        onApplied: (item, applied) => {
          heap.tick();
          logger.debug(
            { thread: item.threadId, request: item.id, kind: item.request.kind, outcome: applied.outcome, decision: applied.result.decision?.type },
            "applied",
          );
        },
        onBuried: (threadId, requestId, error) => {
          requestDeadLettered();
          logger.warn({ thread: threadId, request: requestId, error }, "request moved to the dead letters");
        },
      }),
    {
      connection: redis,
      prefix: settings.prefix,
      concurrency: options.concurrency ?? 4,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? 30_000,
      // A doorbell whose worker died is put back up to this many times; the request's own attempt count bounds the rest.
      maxStalledCount: 5,
    },
  );
  worker.on("failed", (job, error) =>
    logger.warn({ thread: job?.data.threadId, attempt: job?.attemptsMade, err: error.message }, "doorbell failed; retried with backoff"),
  );
  worker.on("error", (error) => logger.error({ err: error.message }, "worker error"));
  await worker.waitUntilReady();

  const sweepInterval = options.sweepIntervalMs ?? 300_000;
  const sweep = async (): Promise<number> => {
    const threads: string[] = [];
    for await (const threadId of requests.inbox.threadsWithStaleMail(options.staleAfterMs ?? 600_000)) threads.push(threadId);
    await requests.ring(threads);
    if (threads.length > 0) logger.info({ threads: threads.length }, "sweep rang inboxes whose requests waited too long");
    return threads.length;
  };
  // At start and then now and again: mail left behind by a producer that died between inbox and doorbell, or a doorbell that ran out of retries.
  await sweep();
  const timer = setInterval(() => void sweep().catch((error: Error) => logger.warn({ err: error.message }, "sweep failed")), sweepInterval);
  timer.unref();
  const followUps = options.followUps ? await startFollowUpSchedule(redis, settings, options.followUps, logger) : null;
  const prune = options.prune ? await startPruneSchedule(redis, settings, options.prune, logger) : null;
  // Read when Prometheus scrapes this process (metrics are on only with --metrics-port).
  const unwatch = watchQueue(requests.queue, redis, requests.inbox.deadKey);

  return {
    worker,
    followUps,
    prune,
    sweep,
    async close() {
      stopping = true;
      clearInterval(timer);
      unwatch();
      await Promise.all([followUps?.close(), prune?.close(), worker.close()]); // wait for the jobs in progress
      await requests.close();
      await redis.quit();
    },
  };
}
