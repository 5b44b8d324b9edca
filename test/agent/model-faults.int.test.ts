/**
 * Every provider fault, over real HTTP with the real ChatOpenAI client: a
 * 429 with Retry-After, 500s, a hang past the timeout, text that is not
 * JSON, JSON that breaks the schema, a 401 that echoes the key, a reply draft
 * that promises a refund. The ticket always gets a decision and a reply; what
 * failed is in `errors` (never the key), `metrics.fallbacks` counts it. With
 * one model for every node, no fault makes the agent ask a third time: the
 * assessment (which drafts the reply) is one request, retried or repaired once.
 */
import { afterEach, describe, expect, it } from "vitest";
import { triageTicket } from "../../src/runtime/triage.js";
import type { ModelPolicy } from "../../src/llm/policy.js";
import { seedTicket, testAgent } from "../helpers/agent.js";
import { toWire } from "../../src/agent/nodes/read/wire.js";
import { answerBySchema, assessmentAnswer, MODEL_SENTENCE } from "../helpers/judgements.js";
import { fakeOpenAIModel, TEST_API_KEY, TEST_POLICY } from "../helpers/model-agent.js";
import { startFakeOpenAI, type FakeOpenAI, type FakeReply, type Script } from "../helpers/openai-server.js";

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function triageWith(script: Script, policy: Partial<ModelPolicy> = {}, ticketId = "TICK-STD-001") {
  server = await startFakeOpenAI(script);
  const { agent } = testAgent({ model: await fakeOpenAIModel(server) });
  const result = await triageTicket(agent, seedTicket(ticketId), { context: { modelPolicy: { ...TEST_POLICY, ...policy } } });
  return { result, requests: server.requests };
}

/** Answers the first `count` requests with `fault`, then like a healthy model. */
function failFirst(count: number, fault: FakeReply): Script {
  const healthy = answerBySchema();
  return (request) => (request.index < count ? fault : healthy(request));
}

const names = (requests: Array<{ schemaName: string }>) => requests.map((r) => r.schemaName);

describe("provider faults", () => {
  it("retries a 429 after its Retry-After and then uses the answer", async () => {
    const { result, requests } = await triageWith(failFirst(1, { status: 429, error: "Rate limit reached", headers: { "retry-after": "1" } }));
    expect(names(requests)).toEqual(["ticket_assessment", "ticket_assessment"]);
    expect(result.metrics).toMatchObject({ llmCalls: 2, fallbacks: 0 });
    expect(result.errors).toEqual([]);
    expect(result.response?.message).toContain(MODEL_SENTENCE);
  });

  it("falls back to the rules after the retries of a persistent 500, and does not wait on that provider again", async () => {
    const { result, requests } = await triageWith(() => ({ status: 500, error: "The server had an error" }), { retries: 2 });
    expect(names(requests)).toEqual(["ticket_assessment", "ticket_assessment", "ticket_assessment"]);
    expect(result.decision).toMatchObject({ type: "no_escalation", source: "fallback" });
    expect(result.response?.type).toBe("solution");
    expect(result.metrics).toMatchObject({ llmCalls: 3, fallbacks: 1 });
    expect(result.errors).toHaveLength(1);
    // The failed request was read's, the run's first round trip.
    expect(result.errors[0]).toMatchObject({ node: "read" });
    expect(result.errors[0]?.message).toMatch(
      /classification and analysis by ChatOpenAI\(gpt-4o-mini\) failed \(provider\).*500.*3 requests.*rules engine answered/,
    );
  });

  it("retries a connection the server closes without an answer, and then uses the answer", async () => {
    const { result, requests } = await triageWith(failFirst(1, { drop: true }));
    expect(server?.events[0]).toBe("start:0");
    expect(server?.events).toContain("drop:0");
    expect(names(requests)).toEqual(["ticket_assessment", "ticket_assessment"]);
    expect(result.metrics).toMatchObject({ llmCalls: 2, fallbacks: 0 });
    expect(result.errors).toEqual([]);
    expect(result.response?.message).toContain(MODEL_SENTENCE);
  });

  it("retries a refused connection up to the limit, then falls back to the rules", async () => {
    // A port that was just free: nothing listens there, so every connection is refused.
    const gone = await startFakeOpenAI(answerBySchema());
    await gone.close();
    const { agent } = testAgent({ model: await fakeOpenAIModel(gone) });
    const result = await triageTicket(agent, seedTicket("TICK-STD-001"), { context: { modelPolicy: { ...TEST_POLICY, retries: 2 } } });
    expect(result.decision?.source).toBe("fallback");
    expect(result.metrics).toMatchObject({ llmCalls: 3, fallbacks: 1 });
    expect(result.errors[0]?.message).toMatch(/failed \(provider\).*3 requests/);
  });

  it("gives up on a hang at the timeout, and the ticket still gets its decision and reply", async () => {
    const { result, requests } = await triageWith(() => ({ hang: true }), { timeoutMs: 300 });
    expect(requests).toHaveLength(1);
    expect(result.decision?.source).toBe("fallback");
    expect(result.response?.message).toBeTruthy();
    expect(result.metrics).toMatchObject({ llmCalls: 1, fallbacks: 1 });
    expect(result.errors[0]?.message).toMatch(/failed \(timeout\): timed out: no answer within 300 ms/);
  });

  it("does not leak the API key a 401 echoes, in errors or anywhere in the output", async () => {
    const { result, requests } = await triageWith(() => ({ status: 401, error: `Incorrect API key provided: ${TEST_API_KEY}.` }));
    expect(requests).toHaveLength(1);
    expect(result.decision?.source).toBe("fallback");
    expect(result.errors[0]?.message).toMatch(/401/);
    expect(JSON.stringify(result)).not.toContain("NEVER-PRINT-ME");
  });
});

describe("malformed answers", () => {
  it("sends text that is not JSON back once with the parse error, and uses the repaired answer", async () => {
    const { result, requests } = await triageWith(failFirst(1, { raw: '{"classification": {"category": "account", ' }));
    expect(names(requests)).toEqual(["ticket_assessment", "ticket_assessment"]);
    expect(requests[1]?.lastMessage).toMatch(/could not be used: the answer is not valid JSON/);
    expect(result.decision?.source).not.toBe("fallback");
    expect(result.response?.message).toContain(MODEL_SENTENCE);
    expect(result.metrics).toMatchObject({ llmCalls: 2, fallbacks: 0 });
  });

  it("sends a schema violation back once with the failing fields, then falls back when it is still wrong", async () => {
    const wrong = { answer: { ...toWire(assessmentAnswer()), pri: "whenever" } };
    const healthy = answerBySchema();
    const { result, requests } = await triageWith((request) => (request.schemaName === "ticket_assessment" ? wrong : healthy(request)));

    expect(names(requests)).toEqual(["ticket_assessment", "ticket_assessment"]);
    expect(requests[1]?.lastMessage).toMatch(/schema violations: pri: Invalid option/);
    expect(requests[1]?.lastMessage).toContain('"pri":"whenever"');
    expect(result.decision?.source).toBe("fallback");
    expect(result.errors[0]?.message).toMatch(/failed \(malformed\): unusable answer after one repair request/);
    // The reply was drafted in that request: the model is not asked a third time, the template answers.
    expect(result.response?.message).not.toContain(MODEL_SENTENCE);
    expect(result.response?.type).toBe("solution");
    expect(result.metrics).toMatchObject({ llmCalls: 2, fallbacks: 1 });
  });

  it("repairs a schema violation on the tool-calling path too", async () => {
    // The assessment without its reading of mood and risk.
    const { fr: _fr, risk: _risk, ...partial } = toWire(assessmentAnswer());
    const wrong = { answer: partial };
    const { result, requests } = await triageWith(failFirst(1, wrong), { structuredOutput: "functionCalling" });
    expect(names(requests)).toEqual(["ticket_assessment", "ticket_assessment"]);
    expect(requests[1]?.method).toBe("tool_calling");
    expect(requests[1]?.lastMessage).toMatch(/fr: Invalid input/);
    expect(result.decision?.source).not.toBe("fallback");
    expect(result.metrics.fallbacks).toBe(0);
  });

  it("sends the template reply when the model's draft promises a refund", async () => {
    const promising = answerBySchema({ ticket_assessment: assessmentAnswer({}, {}, { acknowledgement: "We have already refunded your payment." }) });
    const { result } = await triageWith(promising);
    expect(result.response?.message).not.toMatch(/refunded/);
    expect(result.response?.type).toBe("solution");
    expect(result.errors[0]).toMatchObject({ node: "respond" });
    expect(result.errors[0]?.message).toMatch(/promised what only a person may/);
    expect(result.metrics.fallbacks).toBe(1);
  });
});
