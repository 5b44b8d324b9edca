/**
 * The facts a model's reply must carry, over HTTP with the real client: the
 * team and the response time when the ticket escalates, the knowledge-base
 * steps otherwise. With one model for every node, the model drafts only the
 * reply's personal part and the facts come from templates, so they cannot
 * be dropped; its words are still checked. A model of respond's own
 * rewrites the whole reply: a rewrite that drops a fact is not sent, the
 * template is, and `errors` says what was missing.
 */
import { afterEach, describe, expect, it } from "vitest";
import { triageTicket } from "../../src/runtime/triage.js";
import { seedTicket, testAgent } from "../helpers/agent.js";
import { answerBySchema, assessmentAnswer, MODEL_SENTENCE } from "../helpers/judgements.js";
import { fakeOpenAIModel, TEST_POLICY } from "../helpers/model-agent.js";
import { startFakeOpenAI, type FakeOpenAI } from "../helpers/openai-server.js";
import { missingFacts, requiredFacts } from "../../src/agent/nodes/respond/required-facts.js";

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** respond's own model rewrites the whole reply in a round trip of its own: the path where a model's text could drop a fact. */
async function triage(ticketId: string, reply?: string) {
  server = await startFakeOpenAI(answerBySchema(reply ? { customer_reply: { message: reply } } : {}));
  const { agent } = testAgent({ model: await fakeOpenAIModel(server), models: { respond: await fakeOpenAIModel(server, "gpt-4o") } });
  const result = await triageTicket(agent, seedTicket(ticketId), { context: { modelPolicy: TEST_POLICY } });
  const rulesOnly = await triageTicket(testAgent().agent, seedTicket(ticketId));
  return { result, template: rulesOnly.response?.message };
}

/** One model for every node: the assessment drafts `acknowledgement`, and that is the only model text in the reply. */
async function triageWithDraft(ticketId: string, acknowledgement: string) {
  server = await startFakeOpenAI(answerBySchema({ ticket_assessment: assessmentAnswer({}, {}, { acknowledgement }) }));
  const { agent } = testAgent({ model: await fakeOpenAIModel(server) });
  const result = await triageTicket(agent, seedTicket(ticketId), { context: { modelPolicy: TEST_POLICY } });
  const rulesOnly = await triageTicket(testAgent().agent, seedTicket(ticketId));
  return { result, template: rulesOnly.response?.message, requests: server.requests };
}

describe("the facts a model's reply must carry", () => {
  it("asks respond's own model after the assessment, which then drafts no reply of its own", async () => {
    await triage("TICK-STD-001");
    expect(server?.requests.map((r) => [r.schemaName, r.body.model])).toEqual([
      ["ticket_assessment", "gpt-4o-mini"],
      ["customer_reply", "gpt-4o"],
    ]);
    expect(server?.requests[0]?.body.response_format?.json_schema?.schema).toMatchObject({
      required: ["cat", "kind", "pri", "hard", "sig", "urg", "conf", "q", "fr", "risk", "rec", "team", "when", "rconf", "why"],
    });
    expect(server?.requests[0]?.prompt).not.toContain("<reply ");
  });

  it("sends the template when an escalation's reply drops the team and the response time", async () => {
    const { result, template } = await triage("TICK-ENT-001", "Hello,\n\nWe are on it and will get back to you soon.\n\nBest regards,\nThe support team");
    expect(result.decision?.type).toBe("immediate_escalation");
    expect(result.response?.message).toBe(template);
    expect(result.response?.message).toMatch(/our engineering team.*within 15 minutes/s);
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        node: "respond",
        message: expect.stringMatching(/left out what it must carry \(team "engineering team", response time "within 15 minutes"\)/),
      }),
    );
    expect(result.metrics.fallbacks).toBe(1);
  });

  it("sends the template when an answer drops the knowledge-base steps", async () => {
    const { result, template } = await triage("TICK-STD-001", "Hello,\n\nJust reset your password on the sign-in page.\n\nBest regards,\nThe support team");
    expect(result.response).toMatchObject({ type: "solution", message: template });
    expect(result.errors[0]?.message).toMatch(/left out what it must carry \(step 1 "Go to the sign-in page/);
  });

  it("keeps a rewrite that carries every fact", async () => {
    const escalation = await triage("TICK-ENT-001");
    expect(escalation.result.response?.message).toContain(MODEL_SENTENCE);
    expect(escalation.result.errors).toEqual([]);
    const answer = await triage("TICK-STD-001");
    expect(answer.result.response?.message).toContain(MODEL_SENTENCE);
    expect(answer.result.errors).toEqual([]);
  });
});

describe("the personal part the assessment drafted", () => {
  it("carries the team, the response time and the status page from the fused decision, whatever the draft says", async () => {
    const { result, requests } = await triageWithDraft(
      "TICK-ENT-001",
      "Twenty minutes of a production outage is serious, and I understand the pressure you are under.",
    );
    expect(requests.map((r) => r.schemaName)).toEqual(["ticket_assessment"]);
    expect(result.response?.message).toMatch(
      /^Hello,\n\nTwenty minutes of a production outage is serious, and I understand the pressure you are under\.\n\nI've passed your request to our engineering team.*within 15 minutes.*status page: https:\/\/status\.lumaflow\.example/s,
    );
    expect(result.errors).toEqual([]);
  });

  it("sends the template when the draft leaves a placeholder it was not given", async () => {
    const { result, template } = await triageWithDraft("TICK-STD-001", "Thanks for writing from <EMAIL_7>.");
    expect(result.response?.message).toBe(template);
    expect(result.errors).toContainEqual(expect.objectContaining({ node: "respond", message: expect.stringMatching(/left a placeholder it was not given/) }));
    expect(result.metrics.fallbacks).toBe(1);
  });

  it("sends the template when the draft is a letter of its own rather than an opening", async () => {
    const { result, template } = await triageWithDraft("TICK-ENT-001", "We are so sorry. ".repeat(50));
    expect(result.response?.message).toBe(template);
    expect(result.errors[0]?.message).toMatch(/drafted a personal part longer than an opening \(849 \+ 0 characters\)/);
  });

  it("keeps the templates' own opener when the draft is empty, and says nothing went wrong", async () => {
    const { result, template } = await triageWithDraft("TICK-REPEAT-001", "");
    expect(result.response?.message).toBe(template);
    expect(result.errors).toEqual([]);
  });
});

describe("requiredFacts", () => {
  const decision = { type: "scheduled_escalation" as const, targetTeam: "finance" as const, urgency: "urgent" as const };
  it("reads the team and the response time in the reply's language, and accepts other wording around them", () => {
    const facts = requiredFacts({ message: "", type: "escalation_acknowledgment", tone: "professional", language: "de", sources: [] }, decision);
    expect(facts).toEqual([
      { what: "team", text: "Billing-Team" },
      { what: "response time", text: "innerhalb von 1 Stunde" },
    ]);
    expect(missingFacts("Das billing-team meldet sich  innerhalb von 1 Stunde.", facts)).toEqual([]);
    expect(missingFacts("Das Billing-Team meldet sich bald.", facts).map((f) => f.what)).toEqual(["response time"]);
  });

  it("asks nothing of a clarification request, which has no steps", () => {
    expect(
      requiredFacts(
        { message: "Hello,\n\n- a detail", type: "clarification_request", tone: "friendly", language: "en", sources: [] },
        { ...decision, type: "no_escalation" },
      ),
    ).toEqual([]);
  });
});
