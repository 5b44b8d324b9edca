/**
 * What a doorbell does: under the thread's lock (an advisory lock on
 * PostgreSQL, so across all workers), apply the thread's requests oldest
 * first, each removed from the inbox only after it is checkpointed.
 *
 * Why this keeps order and loses nothing:
 * - one worker at a time holds a thread, and it always takes the head;
 * - a request is popped only after its run, so a crash leaves it at the
 *   head, and ThreadSession.applyOnce resumes it from its checkpoint
 *   instead of running it twice;
 * - every request has a doorbell rung after it was pushed, and a drain
 *   that stops early (shutdown, batch limit) rings a new one.
 */
import { ZodError } from "zod";
import type { TriageResult } from "../output.js";
import { ThreadStateError, type ThreadClient } from "../thread-client.js";
import { InvalidRequestError } from "../thread-request.js";
import type { AppliedRequest } from "../thread-session.js";
import { InboxItem, type ThreadInbox } from "./inbox.js";

export interface DrainOptions {
  client: ThreadClient;
  inbox: ThreadInbox;
  /** Starts of one request (crashes included) before it goes to the dead letters. */
  maxAttempts: number;
  /** Requests per doorbell before yielding the worker slot to other threads. */
  batchLimit: number;
  /** True once the worker is shutting down: finish the current request, then stop. */
  stopping: () => boolean;
  /** Rings the thread's doorbell again when the drain stops with mail left. */
  ringAgain: (threadId: string) => Promise<void>;
  onApplied?: (item: InboxItem, applied: AppliedRequest) => void;
  onBuried?: (threadId: string, requestId: string, error: string) => void;
}

export interface DrainedRequest {
  requestId: string;
  outcome: AppliedRequest["outcome"] | "dead";
  decision: string | null;
  status: TriageResult["status"] | null;
}

/** Errors no retry can fix: bad data, or a request the thread cannot take (e.g. a claim nobody waits for). */
function isPermanent(error: unknown): boolean {
  return error instanceof InvalidRequestError || error instanceof ThreadStateError || error instanceof ZodError;
}

export async function drainThread(threadId: string, options: DrainOptions): Promise<DrainedRequest[]> {
  const { client, inbox } = options;
  const done: DrainedRequest[] = [];
  const left = await client.withThread(threadId, async (thread) => {
    for (;;) {
      const raw = await inbox.head(threadId);
      if (raw === null) return false;
      if (done.length >= options.batchLimit || options.stopping()) return true;

      const requestId = peekId(raw);
      const attempts = await inbox.countAttempt(requestId);
      let failure: unknown;
      try {
        if (attempts > options.maxAttempts) throw new GaveUp(`gave up after ${attempts - 1} attempts`);
        const item = InboxItem.parse(JSON.parse(raw));
        if (item.threadId !== threadId) throw new InvalidRequestError(`request ${item.id} is for thread ${item.threadId}, found in ${threadId}'s inbox`);
        const applied = await thread.applyOnce(item.id, item.request);
        await inbox.pop(threadId, raw, requestId);
        options.onApplied?.(item, applied);
        done.push({ requestId, outcome: applied.outcome, decision: applied.result.decision?.type ?? null, status: applied.result.status });
        continue;
      } catch (error) {
        failure = error;
      }
      if (!(failure instanceof GaveUp) && !isPermanent(failure) && attempts < options.maxAttempts) throw failure; // BullMQ retries the doorbell
      const reason = failure instanceof Error ? `${failure.name}: ${failure.message}` : String(failure);
      await inbox.bury(threadId, raw, requestId, reason, attempts);
      options.onBuried?.(threadId, requestId, reason);
      done.push({ requestId, outcome: "dead", decision: null, status: null });
    }
  });
  if (left) await options.ringAgain(threadId);
  return done;
}

class GaveUp extends Error {
  override readonly name = "GaveUp";
}

/** The request id of a raw entry, even an invalid one (so its attempts can be counted); the entry itself otherwise. */
function peekId(raw: string): string {
  try {
    const id = (JSON.parse(raw) as { id?: unknown }).id;
    if (typeof id === "string" && id) return id;
  } catch {
    // not JSON: counted under its own text
  }
  return raw;
}
