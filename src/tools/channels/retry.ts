/**
 * One retry policy for every channel: exponential backoff with jitter
 * (p-retry) for transient failures, waiting at least as long as a service's
 * Retry-After asks. Refusals (bad credentials, unknown channel, 550) fail at
 * once: repeating them only delays the fallback.
 */
import pRetry from "p-retry";
import { DeliveryError } from "./transports/delivery-error.js";

export interface RetryPolicy {
  /** Tries after the first one. */
  retries: number;
  /** Backoff before the first retry; it doubles per retry, randomised ×1–2. */
  minTimeoutMs: number;
  maxTimeoutMs: number;
  /**
   * The longest Retry-After honoured inside a run. A service asking for
   * longer fails the notification now; `notifications retry` sends it later.
   */
  maxRetryAfterMs: number;
  /** How to wait out a Retry-After; replaced in tests to keep them fast. */
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 3,
  minTimeoutMs: 500,
  maxTimeoutMs: 8_000,
  maxRetryAfterMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The last error of a send that did not succeed, with how many tries it took. */
export class SendFailure extends Error {
  override readonly name = "SendFailure";
  constructor(
    readonly lastError: DeliveryError,
    readonly attempts: number,
  ) {
    super(lastError.message);
  }
}

export async function withRetry<T>(work: () => Promise<T>, policy: RetryPolicy): Promise<{ value: T; attempts: number }> {
  let attempts = 0;
  const retryable = (error: unknown) => error instanceof DeliveryError && error.transient && (error.retryAfterMs ?? 0) <= policy.maxRetryAfterMs;
  try {
    const value = await pRetry(
      async () => {
        attempts++;
        return work();
      },
      {
        retries: policy.retries,
        minTimeout: policy.minTimeoutMs,
        maxTimeout: policy.maxTimeoutMs,
        factor: 2,
        randomize: true,
        shouldRetry: ({ error }) => retryable(error),
        onFailedAttempt: async ({ error, retriesLeft }) => {
          if (retriesLeft > 0 && retryable(error) && error instanceof DeliveryError && error.retryAfterMs) {
            await policy.sleep(error.retryAfterMs);
          }
        },
      },
    );
    return { value, attempts };
  } catch (error) {
    const cause = error instanceof DeliveryError ? error : new DeliveryError((error as Error)?.message ?? String(error), false);
    throw new SendFailure(cause, attempts);
  }
}
