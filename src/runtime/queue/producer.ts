/**
 * Submits requests for the workers: each request goes into its thread's
 * inbox first, then a doorbell job goes onto the BullMQ queue. In that
 * order, so a doorbell never rings for mail that is not there yet. Should
 * the producer die between the two, the request waits in its inbox until
 * the thread's next doorbell or a worker's sweep (worker.ts) finds it.
 */
import { Queue, type JobsOptions } from "bullmq";
import type { Redis } from "ioredis";
import type { ThreadRequest } from "../thread-request.js";
import { ThreadInbox, type InboxItem } from "./inbox.js";
import { QUEUE_NAME, type QueueSettings } from "./settings.js";

export interface DoorbellData {
  threadId: string;
}

/**
 * Doorbells are cheap and interchangeable, so completed ones are not kept
 * for long; a failed one stays for inspection (its request stays in the
 * inbox). Retries with backoff ride out a database or Redis hiccup.
 */
export const DOORBELL_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: "exponential", delay: 1_000 },
  removeOnComplete: { count: 1_000 },
  removeOnFail: { count: 10_000 },
};

export interface Submission {
  threadId: string;
  request: ThreadRequest;
  /** Default: a random UUID. Give your own (e.g. a webhook delivery id) to recognise the request later. */
  requestId?: string;
}

export class RequestQueue {
  readonly queue: Queue<DoorbellData>;
  readonly inbox: ThreadInbox;

  constructor(
    private readonly redis: Redis,
    settings: QueueSettings,
  ) {
    this.queue = new Queue<DoorbellData>(QUEUE_NAME, { connection: redis, prefix: settings.prefix, defaultJobOptions: DOORBELL_OPTIONS });
    this.inbox = new ThreadInbox(redis, settings.prefix);
  }

  /** Submits requests in order; requests of one thread are processed in the order given. */
  async submit(submissions: Submission[]): Promise<InboxItem[]> {
    if (submissions.length === 0) return [];
    const items = await this.inbox.push(submissions.map((s) => ({ threadId: s.threadId, request: s.request, ...(s.requestId ? { id: s.requestId } : {}) })));
    await this.ring([...new Set(items.map((item) => item.threadId))]);
    return items;
  }

  /** Doorbells for threads with mail. */
  async ring(threadIds: string[]): Promise<void> {
    // Batches keep one addBulk call (one Lua round per job) from holding Redis for long.
    for (let i = 0; i < threadIds.length; i += 500) {
      await this.queue.addBulk(threadIds.slice(i, i + 500).map((threadId) => ({ name: "thread", data: { threadId } })));
    }
  }

  /** Closes the queue; the Redis connection is the caller's. */
  async close(): Promise<void> {
    await this.queue.close();
  }
}
