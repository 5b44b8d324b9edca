/**
 * Retries for provider faults: 429 and 5xx answers and dropped connections,
 * with exponential backoff and jitter (p-retry), waiting at least as long as
 * the provider's Retry-After says. ChatOpenAI's own retries are switched off
 * (maxRetries 0) because they ignore Retry-After on 5xx answers and their
 * backoff cannot be bounded per ticket.
 */
import { setTimeout as sleep } from "node:timers/promises";
import pRetry, { AbortError } from "p-retry";
import type { ModelPolicy } from "./policy.js";
import { isDroppedConnection, isTransientSdkError, loadTransientErrorClasses } from "./transient.js";

type RetryPolicy = Pick<ModelPolicy, "retries" | "retryBaseMs" | "maxRetryDelayMs">;

export function errorStatus(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === "number" ? status : undefined;
}

/**
 * A fault that may pass: rate limits, server errors, and connections that
 * were refused or dropped (not ones we timed out: that error never gets here
 * as one of these). The SDK's classes are known once loadTransientErrorClasses
 * has run; withRetries loads them on the first failure.
 */
export function isTransient(error: unknown): boolean {
  const status = errorStatus(error);
  if (status !== undefined) return status === 429 || status === 408 || status >= 500;
  return isTransientSdkError(error) || isDroppedConnection(error);
}

function header(error: unknown, name: string): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const headers = (error as { headers?: unknown }).headers;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  if (typeof headers === "object" && headers !== null) {
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === "string" ? value : undefined;
  }
  return undefined;
}

/**
 * The provider's requested wait in ms: OpenAI's `retry-after-ms`, else the
 * standard `Retry-After` in seconds or as an HTTP date.
 */
export function retryAfterMs(error: unknown, now: number = Date.now()): number | undefined {
  const precise = header(error, "retry-after-ms")?.trim();
  if (precise) {
    const ms = Number(precise);
    if (Number.isFinite(ms) && ms >= 0) return ms;
  }
  const value = header(error, "retry-after")?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** What to do after a failed request: give up, or retry no earlier than `waitAtLeastMs`. */
export type RetryVerdict = { retry: false } | { retry: true; waitAtLeastMs: number };

export function judgeFailure(error: unknown, policy: RetryPolicy): RetryVerdict {
  if (!isTransient(error)) return { retry: false };
  const requested = retryAfterMs(error);
  if (requested === undefined) return { retry: true, waitAtLeastMs: 0 };
  return requested <= policy.maxRetryDelayMs ? { retry: true, waitAtLeastMs: requested } : { retry: false };
}

/**
 * Runs `request`, retrying transient faults. The wait before a retry is the
 * larger of p-retry's jittered backoff and the provider's Retry-After.
 */
export async function withRetries<T>(request: () => Promise<T>, policy: RetryPolicy, signal?: AbortSignal): Promise<T> {
  let notBefore = 0;
  return pRetry(
    async () => {
      const wait = notBefore - Date.now();
      if (wait > 0) await sleep(wait, undefined, signal ? { signal } : {});
      try {
        return await request();
      } catch (error) {
        await loadTransientErrorClasses();
        const verdict = judgeFailure(error, policy);
        if (!verdict.retry) throw new AbortError(error instanceof Error ? error : new Error(String(error)));
        notBefore = Date.now() + verdict.waitAtLeastMs;
        throw error;
      }
    },
    {
      retries: policy.retries,
      factor: 2,
      minTimeout: policy.retryBaseMs,
      maxTimeout: policy.maxRetryDelayMs,
      randomize: true,
      ...(signal ? { signal } : {}),
    },
  );
}
