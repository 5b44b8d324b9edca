/**
 * A dead provider, shared by the tickets of one process: a 12-ticket batch
 * against a local OpenAI-compatible server that never answers. Without the
 * breaker every ticket waited for its own timeout; with it the batch pays
 * the threshold's three, then decides by the rules at once, and says so.
 * Timeouts are counted as the requests the hanging server received (each
 * one is a timeout the batch waited for), not measured in time.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Ticket } from "../../src/domain/ticket.js";
import { triageTicket } from "../../src/runtime/triage.js";
import { breakerSnapshots } from "../../src/llm/breaker.js";
import { seedTicket, testAgent } from "../helpers/agent.js";
import { answerBySchema } from "../helpers/judgements.js";
import { fakeOpenAIModel, TEST_POLICY } from "../helpers/model-agent.js";
import { startFakeOpenAI, type FakeOpenAI } from "../helpers/openai-server.js";

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const SEEDS = ["TICK-STD-001", "TICK-ENT-001", "TICK-TECH-001", "TICK-REPEAT-001"];
const BATCH: Ticket[] = Array.from({ length: 12 }, (_, i) => ({ ...seedTicket(SEEDS[i % 4] ?? "TICK-STD-001"), id: `BATCH-${i + 1}` }));
const POLICY = { ...TEST_POLICY, timeoutMs: 200 };

describe("the circuit breaker against a hanging provider", () => {
  it("costs a 12-ticket batch at most 3 timeouts, and every ticket still gets the rules' decision and a reply", async () => {
    server = await startFakeOpenAI(() => ({ hang: true }));
    const { agent } = testAgent({ model: await fakeOpenAIModel(server) });
    const rulesOnly = testAgent().agent;

    const results = [];
    for (const ticket of BATCH) results.push(await triageTicket(agent, ticket, { context: { modelPolicy: POLICY } }));

    expect(server.requests.length).toBeLessThanOrEqual(3);
    for (const [i, result] of results.entries()) {
      const ticket = BATCH[i] as Ticket;
      const alone = await triageTicket(rulesOnly, ticket);
      expect(result.decision?.type, ticket.id).toBe(alone.decision?.type);
      expect(result.decision?.source).toBe("fallback");
      expect(result.response?.message).toBeTruthy();
    }
    // The skipped tickets say why, and count what was not asked.
    const skipped = results.slice(3);
    for (const result of skipped) {
      expect(result.metrics).toMatchObject({ llmCalls: 0, llmSkipped: 1, fallbacks: 1 });
      expect(result.errors[0]?.message).toMatch(
        /failed \(unavailable\): not asked: circuit open for ChatOpenAI\(gpt-4o-mini\) @ http:\/\/127\.0\.0\.1:\d+\/v1/,
      );
    }
    const endpoint = `ChatOpenAI(gpt-4o-mini) @ ${server.baseURL}`;
    expect(breakerSnapshots().find((b) => b.endpoint === endpoint)).toMatchObject({ state: "open", consecutiveFailures: 3 });
  });

  it("probes after the cool-down and closes again once the provider answers", async () => {
    let dead = true;
    const healthy = answerBySchema();
    server = await startFakeOpenAI((request) => (dead ? { hang: true } : healthy(request)));
    const { agent } = testAgent({ model: await fakeOpenAIModel(server) });
    const policy = { ...POLICY, breakerFailures: 1, breakerCooldownMs: 0 };

    const first = await triageTicket(agent, { ...seedTicket("TICK-STD-001"), id: "P-1" }, { context: { modelPolicy: policy } });
    expect(first.errors[0]?.message).toMatch(/failed \(timeout\)/);
    dead = false;
    // Cool-down 0: the next ticket's first call is the probe; it succeeds and the breaker closes.
    const second = await triageTicket(agent, { ...seedTicket("TICK-STD-001"), id: "P-2" }, { context: { modelPolicy: policy } });
    expect(second.errors).toEqual([]);
    expect(second.metrics).toMatchObject({ llmCalls: 1, fallbacks: 0 });
    expect(breakerSnapshots().find((b) => b.endpoint.endsWith(server?.baseURL ?? "?"))).toMatchObject({ state: "closed" });
  });
});
