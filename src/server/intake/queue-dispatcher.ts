/**
 * Intake for a deployment with workers (REDIS_URL): journaled work is
 * submitted to the worker queue (src/runtime/queue, consumed by src/worker) instead of run here, and the
 * journal marks it done once Redis holds it — from then on the queue keeps
 * the promise. The request id is the journal entry's, so should the server
 * die between submitting and marking, the replay submits the same request
 * again and the worker's applyOnce recognises it.
 */
import type { QueueOptions } from "../../settings/index.js";
import type { ThreadClient } from "../../runtime/thread-client.js";
// Types only: BullMQ is loaded (openQueueDispatcher) when a queue is configured.
import type { RequestQueue } from "../../runtime/queue/producer.js";
import { intakeRequestId, threadRequestOf, type IntakeDispatcher } from "./dispatcher.js";
import type { JournalEntry, ThreadWork } from "../../runtime/intake/work.js";

export class QueueDispatcher implements IntakeDispatcher {
  constructor(
    private readonly queue: RequestQueue,
    /** Reads the threads the workers write (the same database). */
    private readonly client: ThreadClient,
    private readonly ping: () => Promise<unknown>,
  ) {}

  async dispatch(entry: JournalEntry<ThreadWork>): Promise<void> {
    await this.queue.submit([{ threadId: entry.work.threadId, request: threadRequestOf(entry), requestId: intakeRequestId(entry) }]);
  }

  /** In the database, or still in its inbox waiting for a worker. */
  async hasThread(threadId: string): Promise<boolean> {
    return (await this.client.read(threadId)) !== null || (await this.queue.inbox.head(threadId)) !== null;
  }

  async ready(): Promise<void> {
    await this.ping();
  }
}

/** The dispatcher on the queue at REDIS_URL (ESCALATION_QUEUE_PREFIX), and how to let go of it on shutdown. */
export async function openQueueDispatcher(
  client: ThreadClient,
  options: QueueOptions,
  onRedisError: (error: Error) => void,
): Promise<{ dispatcher: QueueDispatcher; where: string; close(): Promise<void> }> {
  const { RequestQueue } = await import("../../runtime/queue/producer.js");
  const { describeRedis, openRedis, queueSettings } = await import("../../runtime/queue/settings.js");
  const settings = queueSettings(options);
  const redis = openRedis(settings, onRedisError);
  const queue = new RequestQueue(redis, settings);
  return {
    dispatcher: new QueueDispatcher(queue, client, () => redis.ping()),
    where: describeRedis(settings),
    close: async () => {
      await queue.close();
      redis.disconnect();
    },
  };
}
