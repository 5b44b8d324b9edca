/**
 * Which provider faults are retried and how long the provider asked us to
 * wait. (The waiting itself is exercised over HTTP in the model-fault
 * tests; no timings are asserted anywhere.)
 */
import { describe, expect, it } from "vitest";
import { OpenAIClient } from "@langchain/openai";
import { isTransient, judgeFailure, retryAfterMs, withRetries } from "../../src/llm/retry.js";
import { loadTransientErrorClasses } from "../../src/llm/transient.js";

const policy = { retries: 2, retryBaseMs: 0, maxRetryDelayMs: 10_000 };

function httpError(status: number, headers: Record<string, string> = {}) {
  return Object.assign(new Error(`${status} error`), { status, headers: new Headers(headers) });
}

describe("retry policy", () => {
  it("retries 429, 408, 5xx and dropped connections; not 400, 401, 404 or timeouts we imposed", () => {
    for (const status of [429, 408, 500, 502, 503]) expect(isTransient(httpError(status))).toBe(true);
    for (const status of [400, 401, 403, 404, 422]) expect(isTransient(httpError(status))).toBe(false);
    expect(isTransient(Object.assign(new Error("no answer"), { name: "ModelTimeoutError" }))).toBe(false);
  });

  it("recognises the openai SDK's transient errors by class, not by a name they do not carry", async () => {
    await loadTransientErrorClasses();
    const dropped = new OpenAIClient.APIConnectionError({ message: "Connection error." });
    // What the issue found: the SDK's error is called "Error"; only its class says what it is.
    expect(dropped.name).not.toBe("APIConnectionError");
    expect(isTransient(dropped)).toBe(true);
    expect(isTransient(new OpenAIClient.APIConnectionTimeoutError())).toBe(true);
    // A look-alike by name is not one of them.
    expect(isTransient(Object.assign(new Error("Connection error."), { name: "APIConnectionError" }))).toBe(false);
  });

  it("recognises refused, reset and closed connections from any client by their cause", () => {
    const refused = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }) });
    const reset = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
    const closed = new TypeError("fetch failed", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) });
    for (const error of [refused, reset, closed, new TypeError("fetch failed"), new Error("socket hang up")]) expect(isTransient(error)).toBe(true);
    expect(isTransient(new TypeError("Cannot read properties of undefined"))).toBe(false);
  });

  it("reads Retry-After in seconds, as an HTTP date, and OpenAI's retry-after-ms", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(retryAfterMs(httpError(429, { "retry-after": "2" }), now)).toBe(2_000);
    expect(retryAfterMs(httpError(503, { "retry-after": "Wed, 01 Jan 2025 00:00:05 GMT" }), now)).toBe(5_000);
    expect(retryAfterMs(httpError(429, { "retry-after-ms": "150", "retry-after": "1" }), now)).toBe(150);
    expect(retryAfterMs(httpError(500), now)).toBeUndefined();
  });

  it("waits at least Retry-After, and gives up at once when it asks for more than the cap", () => {
    expect(judgeFailure(httpError(429, { "retry-after": "3" }), policy)).toEqual({ retry: true, waitAtLeastMs: 3_000 });
    expect(judgeFailure(httpError(500), policy)).toEqual({ retry: true, waitAtLeastMs: 0 });
    expect(judgeFailure(httpError(429, { "retry-after": "60" }), policy)).toEqual({ retry: false });
    expect(judgeFailure(httpError(401), policy)).toEqual({ retry: false });
  });

  it("retries a transient fault up to the limit and stops at once on a permanent one", async () => {
    let calls = 0;
    await expect(
      withRetries(async () => {
        calls++;
        throw httpError(503);
      }, policy),
    ).rejects.toThrow("503");
    expect(calls).toBe(3);

    calls = 0;
    await expect(
      withRetries(async () => {
        calls++;
        throw httpError(400);
      }, policy),
    ).rejects.toThrow("400");
    expect(calls).toBe(1);

    calls = 0;
    const answer = await withRetries(async () => (++calls < 2 ? Promise.reject(httpError(429)) : "ok"), policy);
    expect({ answer, calls }).toEqual({ answer: "ok", calls: 2 });
  });
});
