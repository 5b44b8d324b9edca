/**
 * One retry policy for every channel: what a transport marked transient
 * (its HTTP statuses, network trouble, SMTP 4xx) is retried by the shared
 * mechanism (src/resilience/retry.ts), never sooner than a service's
 * Retry-After. Refusals (bad credentials, unknown channel, 550) fail at
 * once: repeating them only delays the fallback.
 */
import { retry } from "../resilience/retry.js";
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
  /** The clock a Retry-After is counted on; replaced in tests together with `sleep`. */
  now?: () => number;
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
  try {
    const value = await retry(
      async () => {
        attempts++;
        return work();
      },
      {
        retries: policy.retries,
        minTimeoutMs: policy.minTimeoutMs,
        maxTimeoutMs: policy.maxTimeoutMs,
        maxRetryAfterMs: policy.maxRetryAfterMs,
        isTransient: (error) => error instanceof DeliveryError && error.transient,
        retryAfterMs: (error) => (error instanceof DeliveryError ? error.retryAfterMs : undefined),
        sleep: policy.sleep,
        ...(policy.now ? { now: policy.now } : {}),
      },
    );
    return { value, attempts };
  } catch (error) {
    const cause = error instanceof DeliveryError ? error : new DeliveryError((error as Error)?.message ?? String(error), false);
    throw new SendFailure(cause, attempts);
  }
}
