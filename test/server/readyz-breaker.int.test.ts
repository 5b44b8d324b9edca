/**
 * The model breakers' state where operators look: /readyz details (still
 * ready: the rules decide while a breaker is open) and the process log.
 */
import { afterEach, describe, expect, it } from "vitest";
import { breakerFor } from "../../src/llm/breaker.js";
import { logBreakerChanges } from "../../src/llm/breaker-log.js";
import { fakeOpenAIModel } from "../helpers/model-agent.js";
import { startFakeOpenAI, type FakeOpenAI } from "../helpers/openai-server.js";
import { startTestServer } from "../helpers/server.js";

let provider: FakeOpenAI | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

const policy = { breakerFailures: 2, breakerCooldownMs: 60_000 };

describe("model breakers in /readyz and the logs", () => {
  it("shows an open breaker in /readyz details without making the server unready, and logs the change", async () => {
    provider = await startFakeOpenAI(() => ({ hang: true }));
    const model = await fakeOpenAIModel(provider);
    const lines: Array<{ fields: object; message: string; level: string }> = [];
    const stop = logBreakerChanges({
      warn: (fields, message) => lines.push({ fields, message, level: "warn" }),
      info: (fields, message) => lines.push({ fields, message, level: "info" }),
    });
    const server = await startTestServer();
    try {
      const breaker = breakerFor(model, "openai:gpt-4o-mini");
      breaker.failed(policy, "timeout: timed out: no answer within 200 ms (1 request)");
      breaker.failed(policy, "timeout: timed out: no answer within 200 ms (1 request)");

      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      const body = (await ready.json()) as { status: string; models: Array<Record<string, unknown>> };
      expect(body.status).toBe("ready");
      expect(body.models).toContainEqual({
        endpoint: `openai:gpt-4o-mini @ ${provider.baseURL}`,
        state: "open",
        consecutiveFailures: 2,
        retryAt: expect.any(String),
        lastFailure: "timeout: timed out: no answer within 200 ms (1 request)",
      });

      breaker.succeeded();
      expect(lines.map((l) => `${l.level}: ${l.message}`)).toEqual([
        expect.stringMatching(/^warn: model circuit breaker open: openai:gpt-4o-mini @ http:\/\/127\.0\.0\.1:\d+\/v1 is skipped until .*; the rules decide$/),
        expect.stringMatching(/^info: model circuit breaker closed: openai:gpt-4o-mini @ .* answers again$/),
      ]);
      expect(lines[0]?.fields).toMatchObject({ breaker: { state: "open", from: "closed", consecutiveFailures: 2 } });
    } finally {
      stop();
      await server.stop();
    }
  });
});
