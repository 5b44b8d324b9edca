/**
 * The circuit breaker's states, on a clock the test moves: it opens after
 * the threshold of failures in a row, skips while open, lets one probe
 * through after the cool-down, closes on the probe's success and reopens
 * for twice as long on its failure.
 */
import { describe, expect, it } from "vitest";
import { CircuitBreaker, endpointOf, MAX_COOLDOWN_MS, type BreakerSnapshot } from "../../src/llm/breaker.js";
import { FakeListChatModel } from "@langchain/core/utils/testing";

const policy = { breakerFailures: 3, breakerCooldownMs: 1_000 };

function breaker() {
  let now = 0;
  const changes: string[] = [];
  const b = new CircuitBreaker(
    "openai:gpt-4o-mini @ http://127.0.0.1:1/v1",
    (s: BreakerSnapshot, from) => changes.push(`${from}→${s.state}`),
    () => now,
  );
  return { b, changes, advance: (ms: number) => (now += ms) };
}

describe("CircuitBreaker", () => {
  it("opens after the threshold of failures in a row, and an answer in between resets the count", () => {
    const { b, changes } = breaker();
    b.failed(policy, "timeout");
    b.failed(policy, "timeout");
    b.succeeded();
    b.failed(policy, "timeout");
    b.failed(policy, "timeout");
    expect(b.admit()).toEqual({ go: true, probe: false });
    b.failed(policy, "timeout: no answer within 1000 ms");
    expect(changes).toEqual(["closed→open"]);
    const skipped = b.admit();
    expect(skipped.go).toBe(false);
    expect(!skipped.go && skipped.reason).toMatch(/circuit open for openai:gpt-4o-mini .*3 provider failure\(s\) in a row, the last: timeout: no answer/);
    expect(b.snapshot()).toMatchObject({ state: "open", consecutiveFailures: 3, retryAt: new Date(1_000).toISOString() });
  });

  it("lets one probe through after the cool-down; the others still skip; success closes it", () => {
    const { b, changes, advance } = breaker();
    for (let i = 0; i < 3; i++) b.failed(policy, "provider: 503");
    advance(999);
    expect(b.admit().go).toBe(false);
    advance(1);
    expect(b.admit()).toEqual({ go: true, probe: true });
    expect(b.admit().go).toBe(false);
    b.succeeded();
    expect(b.admit()).toEqual({ go: true, probe: false });
    expect(changes).toEqual(["closed→open", "open→half_open", "half_open→closed"]);
    expect(b.snapshot()).toMatchObject({ state: "closed", consecutiveFailures: 0, retryAt: null, lastFailure: null });
  });

  it("reopens for twice as long when the probe fails, up to the cap", () => {
    const { b, advance } = breaker();
    for (let i = 0; i < 3; i++) b.failed(policy, "timeout");
    const cooldowns: number[] = [];
    let at = 0;
    for (let probe = 0; probe < 12; probe++) {
      const retryAt = Date.parse(b.snapshot().retryAt ?? "");
      cooldowns.push(retryAt - at);
      at = advance(retryAt - at);
      expect(b.admit()).toEqual({ go: true, probe: true });
      b.failed(policy, "timeout");
    }
    expect(cooldowns.slice(0, 4)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(Math.max(...cooldowns)).toBe(MAX_COOLDOWN_MS);
  });

  it("frees the probe's slot when the probe was cancelled", () => {
    const { b, advance } = breaker();
    for (let i = 0; i < 3; i++) b.failed(policy, "timeout");
    advance(1_000);
    expect(b.admit().go).toBe(true);
    b.released();
    expect(b.admit()).toEqual({ go: true, probe: true });
  });

  it("names the endpoint by model and server, never with credentials from the URL", () => {
    const model = Object.assign(new FakeListChatModel({ responses: [] }), { clientConfig: { baseURL: "https://user:s3cret@llm.internal:8443/v1/" } });
    expect(endpointOf(model, "openai:llama3.1")).toBe("openai:llama3.1 @ https://llm.internal:8443/v1");
    expect(endpointOf(new FakeListChatModel({ responses: [] }), "FakeListChatModel")).toBe("FakeListChatModel");
  });
});
