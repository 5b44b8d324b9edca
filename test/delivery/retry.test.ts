/** The retry policy: transient failures retried with backoff, Retry-After honoured, refusals not repeated. */
import { describe, expect, it } from "vitest";
import { SendFailure, withRetry, type RetryPolicy } from "../../src/delivery/retry.js";
import { DeliveryError } from "../../src/delivery/transports/delivery-error.js";

function policy(waits: number[], overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  // A still clock: the 1–2 ms backoff runs on the real timer, so the whole Retry-After is left to wait.
  return { retries: 3, minTimeoutMs: 1, maxTimeoutMs: 2, maxRetryAfterMs: 5_000, sleep: async (ms) => void waits.push(ms), now: () => 0, ...overrides };
}

function failing(...errors: DeliveryError[]) {
  let call = 0;
  return async () => {
    const error = errors[call++];
    if (error) throw error;
    return "ok";
  };
}

describe("withRetry", () => {
  it("retries transient failures until one succeeds, counting the tries", async () => {
    const result = await withRetry(failing(new DeliveryError("HTTP 502", true), new DeliveryError("timeout", true)), policy([]));
    expect(result).toEqual({ value: "ok", attempts: 3 });
  });

  it("waits as long as Retry-After asks before trying again", async () => {
    const waits: number[] = [];
    const result = await withRetry(failing(new DeliveryError("429", true, 2_000)), policy(waits));
    expect(result.attempts).toBe(2);
    expect(waits).toEqual([2_000]);
  });

  it("gives up at once on a refusal", async () => {
    const attempt = withRetry(failing(new DeliveryError("HTTP 401", false)), policy([]));
    await expect(attempt).rejects.toBeInstanceOf(SendFailure);
    await expect(attempt).rejects.toMatchObject({ attempts: 1, message: "HTTP 401" });
  });

  it("gives up when the service asks to wait longer than a run may", async () => {
    const waits: number[] = [];
    await expect(withRetry(failing(new DeliveryError("429", true, 60_000)), policy(waits))).rejects.toMatchObject({ attempts: 1 });
    expect(waits).toEqual([]);
  });

  it("stops after the configured retries", async () => {
    const down = new DeliveryError("HTTP 500", true);
    await expect(withRetry(failing(down, down, down, down, down), policy([], { retries: 2 }))).rejects.toMatchObject({ attempts: 3 });
  });
});
