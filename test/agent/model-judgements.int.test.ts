/**
 * The graph with a real ChatOpenAI client over HTTP against a scripted local
 * OpenAI-compatible server: structured judgements by json_schema and by tool
 * calling, fusion with the rules, the call plan (one round trip when one
 * model serves every node; at most two one after the other, at most three
 * calls, when nodes have models of their own) and which side decided.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Ticket } from "../../src/domain/ticket.js";
import { triageTicket } from "../../src/runtime/triage.js";
import { seedTicket, testAgent } from "../helpers/agent.js";
import { analysisAnswer, answerBySchema, assessmentAnswer, MODEL_SENTENCE, recommendationAnswer } from "../helpers/judgements.js";
import { fakeOpenAIModel, TEST_API_KEY, TEST_POLICY } from "../helpers/model-agent.js";
import { startFakeOpenAI, type FakeOpenAI, type Script } from "../helpers/openai-server.js";

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.unstubAllEnvs();
});

async function serve(script: Script): Promise<FakeOpenAI> {
  server = await startFakeOpenAI(script);
  return server;
}

const schemaNames = (s: FakeOpenAI) => s.requests.map((r) => r.schemaName);
const sum = (s: FakeOpenAI, key: "prompt_tokens" | "completion_tokens") => s.requests.reduce((n, r) => n + (r.usage?.[key] ?? 0), 0);

const LEGAL: Ticket = {
  id: "LEGAL-1",
  subject: "Invoice",
  description: "Your invoice charged us twice again. Fix it by Friday or our lawyer will file a lawsuit.",
  customerTier: "paid",
};

describe("structured judgements over json_schema", () => {
  it("makes one call that assesses the ticket and drafts the reply's personal part, counts its tokens, and quotes the ticket as data", async () => {
    const s = await serve(answerBySchema());
    const { agent } = testAgent({ model: await fakeOpenAIModel(s) });
    const result = await triageTicket(agent, seedTicket("TICK-STD-001"), { context: { modelPolicy: TEST_POLICY } });

    expect(schemaNames(s)).toEqual(["ticket_assessment"]);
    expect(s.requests.every((r) => r.method === "json_schema")).toBe(true);
    expect(s.requests[0]?.body.response_format?.json_schema?.schema).toMatchObject({
      // The compact wire form (src/agent/nodes/read/wire.ts): the assessment, then the reply's personal part.
      required: ["cat", "kind", "pri", "hard", "sig", "urg", "conf", "q", "fr", "risk", "rec", "team", "when", "rconf", "why", "ack", "lead"],
    });
    expect(result.metrics).toMatchObject({ llmCalls: 1, fallbacks: 0, promptTokens: sum(s, "prompt_tokens"), completionTokens: sum(s, "completion_tokens") });
    expect(result.metrics.promptTokens).toBeGreaterThan(0);

    const prompt = s.requests[0]?.prompt ?? "";
    expect(prompt).toContain("<ticket>\n<subject>Password reset assistance</subject>");
    expect(prompt).toContain("I forgot my password");
    // The reply's language and the help article whose steps the reply will quote: named, not sent.
    expect(prompt).toContain('</ticket>\n<reply language="en" article="Reset your password" />');
    expect(prompt).not.toContain("Send reset link");
    expect(prompt).not.toMatch(/"(classification|findings|conversation|metrics)":/);

    expect(result.decision).toMatchObject({ type: "no_escalation", source: "rules" });
    // The model's words open the reply; the steps are the knowledge base's.
    expect(result.response).toMatchObject({
      message: expect.stringMatching(/^Hello,\n\nThank you for taking the time to write to us\.\n\n/),
      type: "solution",
    });
    expect(result.response?.message).toContain("1. Go to the sign-in page");
    expect(result.errors).toEqual([]);
  });

  it("leads into the steps with the model's sentence when they come from the article it was told about", async () => {
    const lead = "Resetting it yourself takes a minute, and you'll be back in:";
    const s = await serve(answerBySchema({ ticket_assessment: assessmentAnswer({}, {}, { answer: lead }) }));
    const { agent } = testAgent({ model: await fakeOpenAIModel(s) });
    const result = await triageTicket(agent, seedTicket("TICK-STD-001"), { context: { modelPolicy: TEST_POLICY } });

    expect(result.response?.message).toContain(`${lead}\n1. Go to the sign-in page`);
    expect(result.response?.message).not.toContain("Here's what to do");
    expect(result.response?.sources).toEqual(["password-reset"]);
  });

  it("uses the run's context spec openai:<model> with OPENAI_BASE_URL, and no model at all for 'rules'", async () => {
    const s = await serve(answerBySchema());
    vi.stubEnv("OPENAI_BASE_URL", s.baseURL);
    vi.stubEnv("OPENAI_API_KEY", TEST_API_KEY);
    const { agent } = testAgent();

    const rules = await triageTicket(agent, seedTicket("TICK-STD-001"), { threadId: "rules" });
    expect(s.requests).toHaveLength(0);
    expect(rules.metrics.llmCalls).toBe(0);

    const withModel = await triageTicket(agent, seedTicket("TICK-STD-001"), {
      threadId: "model",
      context: { model: "openai:gpt-4o-mini", modelPolicy: TEST_POLICY },
    });
    expect(s.requests.map((r) => r.body.model)).toEqual(["gpt-4o-mini"]);
    expect(withModel.metrics.llmCalls).toBe(1);
  });
});

describe("structured judgements over tool calling", () => {
  it("forces the judgement's tool, fuses what the model raised, and ignores a signal it cannot quote", async () => {
    const s = await serve(
      answerBySchema({
        ticket_assessment: assessmentAnswer({
          category: "account",
          priority: "high",
          signals: [{ signal: "human_requested", quote: "let me talk to a human" }],
        }),
      }),
    );
    const { agent } = testAgent({ model: await fakeOpenAIModel(s) });
    const result = await triageTicket(agent, seedTicket("TICK-STD-001"), {
      context: { modelPolicy: { ...TEST_POLICY, structuredOutput: "functionCalling" } },
    });

    expect(s.requests.map((r) => r.method)).toEqual(["tool_calling"]);
    expect(s.requests[0]?.body.tools?.[0]?.function?.name).toBe("ticket_assessment");
    expect(result.classification?.priority).toBe("high");
    expect(result.classification?.escalationSignals).not.toContain("human_requested");
    expect(result.decision).toMatchObject({ type: "no_escalation", source: "hybrid" });
    expect(result.decision?.reasons).toContain("priority raised to high (llm) from low (rules)");
    expect(result.response?.message).toContain(MODEL_SENTENCE);
  });
});

describe("the call plan", () => {
  it("sends classify's and analyze's calls at the same time when they use different models: 3 calls, 2 round trips", async () => {
    let arrived = 0;
    let bothArrived: () => void = () => {};
    const barrier = new Promise<void>((resolve) => (bothArrived = resolve));
    const answers = answerBySchema();
    const s = await serve(async (request) => {
      if (request.schemaName !== "customer_reply") {
        if (++arrived === 2) bothArrived();
        // Each first-round answer waits for the other request (or gives up after 3 s, failing the ordering below).
        await Promise.race([barrier, new Promise((r) => setTimeout(r, 3_000))]);
      }
      return answers(request);
    });
    const shared = await fakeOpenAIModel(s);
    const { agent } = testAgent({ model: shared, models: { analyze: await fakeOpenAIModel(s, "gpt-4o") } });
    const result = await triageTicket(agent, seedTicket("TICK-STD-001"), { context: { modelPolicy: TEST_POLICY } });

    expect(new Set(schemaNames(s).slice(0, 2))).toEqual(new Set(["ticket_classification", "ticket_analysis"]));
    expect(schemaNames(s)[2]).toBe("customer_reply");
    expect(s.events.slice(0, 2).sort()).toEqual(["start:0", "start:1"]);
    expect(s.events.indexOf("start:2")).toBeGreaterThan(Math.max(s.events.indexOf("end:0"), s.events.indexOf("end:1")));
    expect(result.metrics.llmCalls).toBe(3);
  });

  it("lets the model's recommendation decide in the ambiguous band, and replies to the disagreement without an extra call", async () => {
    const s = await serve(
      answerBySchema({
        ticket_assessment: assessmentAnswer(
          { category: "account" },
          {
            recommendation: recommendationAnswer({
              type: "scheduled_escalation",
              team: "customer_success",
              urgency: "standard",
              confidence: 0.8,
              reason: "A locked-out paying customer should hear from a person today.",
            }),
          },
          // Drafted before anyone knew the model would win: a lead-in to the rules' article, which the escalation does not send.
          { answer: "Here is how to reset it yourself:" },
        ),
      }),
    );
    const { agent } = testAgent({ model: await fakeOpenAIModel(s) });
    const result = await triageTicket(agent, seedTicket("TICK-STD-001"), {
      context: { modelPolicy: TEST_POLICY, thresholds: { ambiguousLow: 0, ambiguousHigh: 100 } },
    });

    expect(schemaNames(s)).toEqual(["ticket_assessment"]);
    expect(result.decision).toMatchObject({
      type: "scheduled_escalation",
      targetTeam: "customer_success",
      urgency: "standard",
      source: "llm",
      confidence: 0.8,
    });
    expect(result.decision?.reasons[0]).toMatch(/\(llm\)$/);
    expect(result.decision?.reasons[1]).toMatch(/proposed no_escalation/);
    expect(result.handoff?.team).toBe("customer_success");
    // The reply's facts are the fused decision's: the model's acknowledgement, then the team and by when from the templates.
    expect(result.response?.type).toBe("escalation_acknowledgment");
    expect(result.response?.message).toContain(MODEL_SENTENCE);
    expect(result.response?.message).toMatch(/our customer success team.*within 4 hours/s);
    expect(result.response?.message).not.toContain("reset it yourself");
  });

  it("asks a decide model of its own in the band, and replies with the first round trip's draft: 2 round trips", async () => {
    const s = await serve(
      answerBySchema({
        escalation_decision: recommendationAnswer({ type: "specialist_escalation", team: "technical_support", urgency: "standard", confidence: 0.9 }),
      }),
    );
    const { agent } = testAgent({ model: await fakeOpenAIModel(s), models: { decide: await fakeOpenAIModel(s, "o4-mini") } });
    const result = await triageTicket(agent, seedTicket("TICK-STD-001"), {
      context: { modelPolicy: TEST_POLICY, thresholds: { ambiguousLow: 0, ambiguousHigh: 100 } },
    });

    expect(schemaNames(s)).toEqual(["ticket_assessment", "escalation_decision"]);
    expect(s.requests[1]?.prompt).toMatch(/<triage>[\s\S]*rules engine proposes: no_escalation/);
    expect(result.decision).toMatchObject({ type: "specialist_escalation", targetTeam: "technical_support", source: "llm" });
    expect(result.response?.type).toBe("escalation_acknowledgment");
    expect(result.response?.message).toContain(MODEL_SENTENCE);
    expect(result.response?.message).toMatch(/our technical support team.*within 4 hours/s);
    expect(result.metrics.llmCalls).toBe(2);
  });

  it("asks no decide model for a hard trigger, even with one configured", async () => {
    const s = await serve(answerBySchema());
    const { agent } = testAgent({ model: await fakeOpenAIModel(s), models: { decide: await fakeOpenAIModel(s, "o4-mini") } });
    const result = await triageTicket(agent, seedTicket("TICK-ENT-001"), { context: { modelPolicy: TEST_POLICY } });
    expect(schemaNames(s)).toEqual(["ticket_assessment"]);
    expect(result.decision?.type).toBe("immediate_escalation");
  });
});

describe("fusion with the rules", () => {
  it("keeps a legal threat an immediate escalation when the model answers 'no escalation, all calm'", async () => {
    const s = await serve(
      answerBySchema({
        ticket_assessment: assessmentAnswer(
          { category: "billing", priority: "low", signals: [] },
          {
            sentiment: "positive",
            frustration: 0,
            risk: 0,
            recommendation: recommendationAnswer({ type: "no_escalation", confidence: 0.99, reason: "No escalation, all calm." }),
          },
        ),
      }),
    );
    const { agent } = testAgent({ model: await fakeOpenAIModel(s) });
    const result = await triageTicket(agent, LEGAL, { context: { modelPolicy: TEST_POLICY } });

    expect(result.classification?.escalationSignals).toContain("legal_threat");
    expect(result.decision).toMatchObject({ type: "immediate_escalation", urgency: "immediate" });
    expect(["rules", "hybrid"]).toContain(result.decision?.source);
    expect(result.decision?.reasons).toContain("hard trigger: legal_threat (rules)");
    expect(result.decision?.reasons.join(" ")).toMatch(/overruled/);
    expect(result.analysis?.frustration).toBeGreaterThan(0);
    expect(result.handoff).not.toBeNull();
  });

  it("escalates on a hard trigger only the model saw, when its quote is in the ticket", async () => {
    // Russian: neither the pattern families nor the learned reader (which reads Italian requests) can see it.
    const text = "Здравствуйте, счёт за март неверный. Я хочу поговорить с оператором, пожалуйста.";
    const s = await serve(
      answerBySchema({
        ticket_assessment: assessmentAnswer(
          { category: "billing", signals: [{ signal: "human_requested", quote: "Я хочу поговорить с оператором" }] },
          analysisAnswer({ recommendation: recommendationAnswer({ type: "scheduled_escalation", team: "finance" }) }),
        ),
      }),
    );
    const { agent } = testAgent({ model: await fakeOpenAIModel(s) });
    const result = await triageTicket(agent, { id: "IT-1", subject: "Счёт", description: text }, { context: { modelPolicy: TEST_POLICY } });

    expect(result.decision).toMatchObject({
      type: "immediate_escalation",
      source: "llm",
      reasons: expect.arrayContaining(["hard trigger: human_requested (llm)"]),
    });
    expect(result.classification?.evidence).toContainEqual({ signal: "human_requested", match: "Я хочу поговорить с оператором", rule: "llm" });
  });
});
