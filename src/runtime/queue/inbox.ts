/**
 * Per-thread inboxes in Redis: the order of a thread's requests.
 *
 * BullMQ (open source) has no per-group ordering, so the queue's jobs carry
 * no requests at all — they are doorbells that say "thread T has mail". The
 * requests themselves wait in a Redis list per thread, in the order they
 * were enqueued. A worker holding the thread's lock takes the head, applies
 * it, and only then removes it; so a request leaves its inbox only once its
 * result is checkpointed, and a crash leaves it at the head for the next
 * doorbell (BullMQ re-queues the dead worker's job as stalled).
 *
 * Keys, beside BullMQ's `<prefix>:escalation:*`:
 *   <prefix>:escalation-inbox:<thread>   list of requests (JSON), oldest first
 *   <prefix>:escalation-attempts         hash request id → times started
 *   <prefix>:escalation-dead             list of requests given up on, with why
 */
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import { ThreadRequest } from "../thread-request.js";

export const InboxItem = z.object({
  id: z.string().min(1),
  threadId: z.string().min(1),
  request: ThreadRequest,
  enqueuedAt: z.string(),
});
export type InboxItem = z.infer<typeof InboxItem>;

export interface DeadLetter {
  /** The raw inbox entry (it may not even parse). */
  item: string;
  error: string;
  attempts: number;
  failedAt: string;
}

/** Removes the head only if it is still the entry we processed (another worker may have done it first). */
const POP_IF_HEAD = `
if redis.call('LINDEX', KEYS[1], 0) == ARGV[1] then
  redis.call('LPOP', KEYS[1])
  redis.call('HDEL', KEYS[2], ARGV[2])
  return 1
end
return 0`;

/** The same, moving the entry to the dead letters in the same step. */
const POP_TO_DEAD = `
if redis.call('LINDEX', KEYS[1], 0) == ARGV[1] then
  redis.call('LPOP', KEYS[1])
  redis.call('HDEL', KEYS[2], ARGV[2])
  redis.call('RPUSH', KEYS[3], ARGV[3])
  return 1
end
return 0`;

export class ThreadInbox {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  key(threadId: string): string {
    return `${this.prefix}:escalation-inbox:${threadId}`;
  }
  private get attemptsKey(): string {
    return `${this.prefix}:escalation-attempts`;
  }
  get deadKey(): string {
    return `${this.prefix}:escalation-dead`;
  }

  /** New items for the given threads, appended in order (one round trip). */
  async push(entries: Array<{ threadId: string; request: ThreadRequest; id?: string }>): Promise<InboxItem[]> {
    const items = entries.map(({ threadId, request, id }) => ({ id: id ?? randomUUID(), threadId, request, enqueuedAt: new Date().toISOString() }));
    const pipeline = this.redis.pipeline();
    for (const item of items) pipeline.rpush(this.key(item.threadId), JSON.stringify(item));
    await execOrThrow(pipeline);
    return items;
  }

  /** The oldest request of the thread, as stored. */
  async head(threadId: string): Promise<string | null> {
    return this.redis.lindex(this.key(threadId), 0);
  }

  /** Counts one more start of this request; returns the count so far. */
  async countAttempt(requestId: string): Promise<number> {
    return this.redis.hincrby(this.attemptsKey, requestId, 1);
  }

  /** Removes `raw` from the head of the thread's inbox, if it is still there. */
  async pop(threadId: string, raw: string, requestId: string): Promise<boolean> {
    return (await this.redis.eval(POP_IF_HEAD, 2, this.key(threadId), this.attemptsKey, raw, requestId)) === 1;
  }

  /** Gives up on the head request: out of the inbox, into the dead letters, atomically. */
  async bury(threadId: string, raw: string, requestId: string, error: string, attempts: number): Promise<boolean> {
    const letter: DeadLetter = { item: raw, error, attempts, failedAt: new Date().toISOString() };
    return (await this.redis.eval(POP_TO_DEAD, 3, this.key(threadId), this.attemptsKey, this.deadKey, raw, requestId, JSON.stringify(letter))) === 1;
  }

  async deadLetters(): Promise<DeadLetter[]> {
    return (await this.redis.lrange(this.deadKey, 0, -1)).map((line) => JSON.parse(line) as DeadLetter);
  }

  /** About how many threads have requests waiting (SCAN: cheap, never blocks Redis, may count a key twice while Redis rehashes). */
  async countThreadsWithMail(): Promise<number> {
    let count = 0;
    let cursor = "0";
    do {
      const [next, keys] = await this.redis.scan(cursor, "MATCH", `${this.key("")}*`, "COUNT", 1000);
      cursor = next;
      count += keys.length;
    } while (cursor !== "0");
    return count;
  }

  /**
   * Threads whose oldest request has waited longer than `olderThanMs`: their
   * doorbell may be lost. Fresher mail has a doorbell on its way, and ringing
   * it again would only cost a no-op drain. SCAN, so Redis is never blocked.
   */
  async *threadsWithStaleMail(olderThanMs: number, now: number = Date.now()): AsyncGenerator<string> {
    const prefix = this.key("");
    let cursor = "0";
    do {
      const [next, keys] = await this.redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
      cursor = next;
      if (keys.length === 0) continue;
      const pipeline = this.redis.pipeline();
      for (const key of keys) pipeline.lindex(key, 0);
      const heads = (await pipeline.exec()) ?? [];
      for (const [i, key] of keys.entries()) {
        const head = heads[i]?.[1];
        if (typeof head === "string" && now - enqueuedAt(head) >= olderThanMs) yield key.slice(prefix.length);
      }
    } while (cursor !== "0");
  }
}

/** When an entry was enqueued; 0 (long ago) when it cannot be read, so a broken entry still gets a doorbell and is dealt with. */
function enqueuedAt(raw: string): number {
  try {
    const at = Date.parse((JSON.parse(raw) as { enqueuedAt?: string }).enqueuedAt ?? "");
    return Number.isNaN(at) ? 0 : at;
  } catch {
    return 0;
  }
}

async function execOrThrow(pipeline: ReturnType<Redis["pipeline"]>): Promise<void> {
  const results = (await pipeline.exec()) ?? [];
  const failure = results.find(([error]) => error);
  if (failure?.[0]) throw failure[0];
}
