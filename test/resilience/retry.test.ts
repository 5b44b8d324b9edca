/**
 * The one retry mechanism and the one Retry-After parser. Which faults are
 * transient is each caller's policy, tested beside it (test/llm/retry.test.ts,
 * test/delivery/retry.test.ts). Waits are recorded through a fake
 * sleep and clock; no timing is asserted.
 */
import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../../src/resilience/retry-after.js";
import { judge, retry, type RetryPolicy } from "../../src/resilience/retry.js";

class Fault extends Error {
  constructor(
    readonly transient: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(transient ? "try again" : "refused");
  }
}

/** A policy over Fault, with a fake sleep that records each wait and a clock read from `clock` in turn (the last one sticks). */
function policy(waits: number[], overrides: Partial<RetryPolicy> = {}, clock: number[] = [0]): RetryPolicy {
  let reading = 0;
  return {
    retries: 3,
    minTimeoutMs: 0,
    maxTimeoutMs: 0,
    maxRetryAfterMs: 5_000,
    isTransient: (error) => error instanceof Fault && error.transient,
    retryAfterMs: (error) => (error instanceof Fault ? error.retryAfterMs : undefined),
    sleep: async (ms) => void waits.push(ms),
    now: () => clock[Math.min(reading++, clock.length - 1)] ?? 0,
    ...overrides,
  };
}

/** Work that throws the given faults in order, then answers "ok"; `calls` counts the tries. */
function failing(...faults: Fault[]) {
  const work = async () => {
    const fault = faults[work.calls++];
    if (fault) throw fault;
    return "ok";
  };
  work.calls = 0;
  return work;
}

describe("parseRetryAfter", () => {
  const now = Date.parse("Wed, 21 Oct 2015 07:28:00 GMT");

  it("reads delay-seconds and HTTP dates, in milliseconds", () => {
    expect(parseRetryAfter("3", now)).toBe(3_000);
    expect(parseRetryAfter(" 1.5 ", now)).toBe(1_500);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:10 GMT", now)).toBe(10_000);
  });

  it("never asks for a negative wait: a past date or negative seconds mean now", () => {
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:27:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("-5", now)).toBe(0);
  });

  it("reads no header, a blank one or nonsense as no request", () => {
    for (const value of [null, undefined, "", "   ", "soon", "Infinity"]) expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe("judge", () => {
  it("retries a transient fault no sooner than asked, and gives up on a refusal or a wait over the cap", () => {
    expect(judge(true, undefined, 5_000)).toEqual({ retry: true, waitAtLeastMs: 0 });
    expect(judge(true, 5_000, 5_000)).toEqual({ retry: true, waitAtLeastMs: 5_000 });
    expect(judge(true, 5_001, 5_000)).toEqual({ retry: false });
    expect(judge(false, 10, 5_000)).toEqual({ retry: false });
  });
});

describe("retry", () => {
  it("retries transient faults until one succeeds", async () => {
    const work = failing(new Fault(true), new Fault(true));
    expect(await retry(work, policy([]))).toBe("ok");
    expect(work.calls).toBe(3);
  });

  it("stops after the configured retries with the last fault", async () => {
    const down = new Fault(true);
    const work = failing(down, down, down, down, down);
    await expect(retry(work, policy([], { retries: 2 }))).rejects.toBe(down);
    expect(work.calls).toBe(3);
  });

  it("stops at once on a fault the policy calls permanent, and throws it as it was", async () => {
    const refused = new Fault(false);
    const work = failing(refused);
    await expect(retry(work, policy([]))).rejects.toBe(refused);
    expect(work.calls).toBe(1);
  });

  it("waits out the Retry-After before the next try", async () => {
    const waits: number[] = [];
    const work = failing(new Fault(true, 2_000));
    expect(await retry(work, policy(waits))).toBe("ok");
    expect(waits).toEqual([2_000]);
  });

  it("counts the backoff already slept towards the Retry-After", async () => {
    const waits: number[] = [];
    // Clock readings: before the first try, at its failure, before the second try (600 ms of backoff later).
    await retry(failing(new Fault(true, 2_000)), policy(waits, {}, [0, 0, 600]));
    expect(waits).toEqual([1_400]);
  });

  it("does not wait at all when the backoff already covered the Retry-After", async () => {
    const waits: number[] = [];
    await retry(failing(new Fault(true, 500)), policy(waits, {}, [0, 0, 600]));
    expect(waits).toEqual([]);
  });

  it("gives up without waiting when the service asks for longer than the cap", async () => {
    const waits: number[] = [];
    const work = failing(new Fault(true, 60_000));
    await expect(retry(work, policy(waits))).rejects.toBeInstanceOf(Fault);
    expect({ waits, calls: work.calls }).toEqual({ waits: [], calls: 1 });
  });

  it("does not wait after the last try", async () => {
    const waits: number[] = [];
    const slow = new Fault(true, 1_000);
    await expect(retry(failing(slow, slow), policy(waits, { retries: 1 }))).rejects.toBe(slow);
    expect(waits).toEqual([1_000]);
  });

  it("lets the policy decide asynchronously, e.g. after loading error classes on the first failure", async () => {
    const work = failing(new Fault(true));
    const judged: unknown[] = [];
    const isTransient = async (error: unknown) => {
      await Promise.resolve();
      judged.push(error);
      return true;
    };
    expect(await retry(work, policy([], { isTransient }))).toBe("ok");
    expect(judged).toHaveLength(1);
  });

  it("stops retrying once the signal is aborted", async () => {
    const controller = new AbortController();
    let calls = 0;
    const work = async () => {
      calls++;
      controller.abort(new Error("ticket cancelled"));
      throw new Fault(true);
    };
    await expect(retry(work, policy([], { signal: controller.signal }))).rejects.toThrow("ticket cancelled");
    expect(calls).toBe(1);
  });

  it("turns a thrown non-Error into an Error when it gives up", async () => {
    const work = async () => {
      throw "plain string";
    };
    await expect(retry(work, policy([]))).rejects.toThrow("plain string");
  });
});
