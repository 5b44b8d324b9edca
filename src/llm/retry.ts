/**
 * The model's retry policy: 429, 408 and 5xx answers and dropped connections
 * may pass; the waiting is the shared mechanism's (src/resilience/retry.ts).
 * ChatOpenAI's own retries are switched off (maxRetries 0) because they
 * ignore Retry-After on 5xx answers and their backoff cannot be bounded per
 * ticket.
 */
import { judge, retry, type RetryVerdict } from "../resilience/retry.js";
import { parseRetryAfter } from "../resilience/retry-after.js";
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
  return parseRetryAfter(header(error, "retry-after"), now);
}

export type { RetryVerdict };

export function judgeFailure(error: unknown, policy: RetryPolicy): RetryVerdict {
  return judge(isTransient(error), retryAfterMs(error), policy.maxRetryDelayMs);
}

/**
 * Runs `request`, retrying transient faults; the wait before a retry is the
 * larger of the jittered backoff and the provider's Retry-After, both capped
 * by maxRetryDelayMs.
 */
export async function withRetries<T>(request: () => Promise<T>, policy: RetryPolicy, signal?: AbortSignal): Promise<T> {
  return retry(request, {
    retries: policy.retries,
    minTimeoutMs: policy.retryBaseMs,
    maxTimeoutMs: policy.maxRetryDelayMs,
    maxRetryAfterMs: policy.maxRetryDelayMs,
    // The SDK's error classes are loaded on the first failure only, so the rules-only path never loads the SDK.
    isTransient: async (error) => {
      await loadTransientErrorClasses();
      return isTransient(error);
    },
    retryAfterMs: (error) => retryAfterMs(error),
    ...(signal ? { signal } : {}),
  });
}
