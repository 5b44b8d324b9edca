/**
 * Gauges read at scrape time, each from where the truth is: the intake
 * journal's backlog, the worker queue's job counts and dead letters, and
 * from the threads and the outcome store, the escalations past their
 * promised pick-up time and the satisfaction surveys. The thread and store
 * scans read every record, so their result is kept for a while
 * (METRICS_SCAN_INTERVAL_MS) rather than recomputed on every scrape.
 */
import type { BaseStore } from "@langchain/langgraph";
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { SERVICE_LEVELS } from "../domain/service-levels.js";
import { readFollowUps } from "../followups/follow-up.js";
import type { ThreadClient } from "../runtime/thread-client.js";
import { readOutcomes } from "../learning/outcomes.js";
import { DEFAULT_SCAN_INTERVAL_MS } from "../settings/values.js";
import { watch } from "../observability/metrics.js";

export { DEFAULT_SCAN_INTERVAL_MS };

const QUEUE_STATES = ["waiting", "active", "delayed", "failed"] as const;

export function watchJournal(journal: { countPending(): Promise<number> }): () => void {
  return watch({ journalBacklog: () => journal.countPending() });
}

/** The BullMQ queue's doorbells by state, and the dead letters' length (the inbox's `deadKey` list). */
export function watchQueue(queue: Queue, redis: Redis, deadKey: string): () => void {
  return watch({
    queueJobs: async () => {
      const counts = await queue.getJobCounts(...QUEUE_STATES);
      return Object.fromEntries(QUEUE_STATES.map((state) => [state, counts[state] ?? 0]));
    },
    deadLetters: () => redis.llen(deadKey),
  });
}

export interface ThreadWatchOptions {
  /** Minimum time between two scans of the threads and the store. */
  scanIntervalMs?: number;
  /** Wall clock: promises are kept or broken in real time. */
  now?: () => Date;
}

export function watchThreads(client: ThreadClient, store: BaseStore | undefined, options: ThreadWatchOptions = {}): () => void {
  const every = options.scanIntervalMs ?? DEFAULT_SCAN_INTERVAL_MS;
  const now = options.now ?? (() => new Date());
  const unclaimed = cached(every, () => unclaimedPastPromise(client, now()));
  if (!store) return watch({ unclaimed });
  const followUps = cached(every, () => readFollowUps(store));
  return watch({
    unclaimed,
    surveys: async () => {
      const counts: Record<string, number> = { scheduled: 0, sent: 0, failed: 0, answered: 0 };
      for (const followUp of await followUps()) counts[followUp.status] = (counts[followUp.status] ?? 0) + 1;
      return counts;
    },
    satisfactionScores: cached(every, async () =>
      (await readOutcomes(store)).flatMap((r) => (r.verdict?.satisfaction !== undefined ? [r.verdict.satisfaction] : [])),
    ),
  });
}

/**
 * Handed-off threads nobody has claimed whose promised pick-up time (the
 * handoff's urgency, SERVICE_LEVELS) has passed, by team.
 */
export async function unclaimedPastPromise(client: ThreadClient, now: Date): Promise<Record<string, number>> {
  const overdue: Record<string, number> = {};
  for (const summary of await client.list()) {
    if (summary.status !== "awaiting_human") continue;
    const handoff = (await client.read(summary.threadId))?.handoff;
    if (!handoff) continue;
    const due = Date.parse(handoff.handedOffAt) + SERVICE_LEVELS[handoff.urgency].pickUpMinutes * 60_000;
    if (now.getTime() > due) overdue[handoff.team] = (overdue[handoff.team] ?? 0) + 1;
  }
  return overdue;
}

/** `read`, run at most once per `everyMs`; callers meanwhile share the last result (or the scan under way). */
function cached<T>(everyMs: number, read: () => Promise<T>): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | undefined;
  return () => {
    const at = Date.now();
    if (!last || at - last.at >= everyMs) {
      const value = read();
      // A failed scan is not kept: the next scrape tries again.
      value.catch(() => (last = undefined));
      last = { at, value };
    }
    return last.value;
  };
}
