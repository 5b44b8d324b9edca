/**
 * The one retry mechanism: p-retry's exponential backoff with jitter, never
 * retrying sooner than the service's Retry-After, and giving up at once on a
 * fault that cannot pass or a Retry-After longer than the caller will wait.
 *
 * Which faults may pass is each caller's policy (the model's SDK errors and
 * dropped connections in src/llm/retry.ts, the channels' statuses in
 * src/delivery/retry.ts); how to wait and how often to ask is this
 * module's. It lives outside both so neither imports the other.
 */
import { setTimeout as sleepFor } from "node:timers/promises";
import pRetry, { AbortError } from "p-retry";

export interface RetryPolicy {
  /** Tries after the first one. */
  retries: number;
  /** Backoff before the first retry; it doubles per retry, randomised ×1–2 so parallel workers spread out. */
  minTimeoutMs: number;
  /** The longest backoff. */
  maxTimeoutMs: number;
  /** The longest Retry-After honoured; a service asking for more fails the call now rather than stalling it. */
  maxRetryAfterMs: number;
  /** Whether asking again may help: the caller's policy. May load what it needs on the first failure. */
  isTransient: (error: unknown) => boolean | Promise<boolean>;
  /** The wait the service asked for, in ms, if it said. */
  retryAfterMs?: (error: unknown) => number | undefined;
  /** How to wait out the part of a Retry-After the backoff did not cover; replaced in tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The clock a Retry-After is counted on; replaced in tests together with `sleep`. */
  now?: () => number;
  /** Stops the waiting and the retries. */
  signal?: AbortSignal;
}

/** What to do after a failed try: give up, or retry no earlier than `waitAtLeastMs`. */
export type RetryVerdict = { retry: false } | { retry: true; waitAtLeastMs: number };

export function judge(transient: boolean, requestedMs: number | undefined, maxRetryAfterMs: number): RetryVerdict {
  if (!transient) return { retry: false };
  if (requestedMs === undefined) return { retry: true, waitAtLeastMs: 0 };
  return requestedMs <= maxRetryAfterMs ? { retry: true, waitAtLeastMs: requestedMs } : { retry: false };
}

const defaultSleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
  await sleepFor(ms, undefined, signal ? { signal } : {});
};

/**
 * Runs `work`, retrying what the policy calls transient. The wait before a
 * retry is the larger of p-retry's backoff and the Retry-After: the backoff
 * runs first, then whatever of the Retry-After is still left.
 */
export async function retry<T>(work: (attempt: number) => Promise<T>, policy: RetryPolicy): Promise<T> {
  const sleep = policy.sleep ?? defaultSleep;
  const now = policy.now ?? Date.now;
  const { signal } = policy;
  let notBefore = 0;
  return pRetry(
    async (attempt) => {
      const wait = notBefore - now();
      // Outside the try: an abort while waiting is not a fault of the service to judge.
      if (wait > 0) await sleep(wait, signal);
      try {
        return await work(attempt);
      } catch (error) {
        const verdict = judge(await policy.isTransient(error), policy.retryAfterMs?.(error), policy.maxRetryAfterMs);
        if (!verdict.retry) throw new AbortError(error instanceof Error ? error : new Error(String(error)));
        notBefore = now() + verdict.waitAtLeastMs;
        throw error;
      }
    },
    {
      retries: policy.retries,
      factor: 2,
      minTimeout: policy.minTimeoutMs,
      maxTimeout: policy.maxTimeoutMs,
      randomize: true,
      ...(signal ? { signal } : {}),
    },
  );
}
