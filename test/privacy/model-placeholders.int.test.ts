/**
 * What a model sees of the customer: over real HTTP with the real ChatOpenAI
 * client, on every path that asks a model, no email address, phone number
 * or card number from the ticket appears in any request body (nor the
 * customer's name or id); they reach the model as stable placeholders, and
 * the reply the model writes gets them back, so the greeting names the customer.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Ticket } from "../../src/domain/ticket.js";
import { triageTicket } from "../../src/runtime/triage.js";
import { Pseudonyms } from "../../src/privacy/pseudonyms.js";
import { testAgent } from "../helpers/agent.js";
import { answerBySchema, assessmentAnswer } from "../helpers/judgements.js";
import { fakeOpenAIModel, TEST_POLICY } from "../helpers/model-agent.js";
import { startFakeOpenAI, type FakeOpenAI, type RecordedRequest } from "../helpers/openai-server.js";

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PERSONAL = {
  name: "Jane Roe",
  email: "jane.roe@example.com",
  otherEmail: "j.roe.billing@example.org",
  phone: "+44 20 7946 0958",
  usPhone: "(415) 555-0132",
  card: "4111 1111 1111 1111",
  customerId: "CUST-88412",
};

const TICKET: Ticket = {
  id: "PII-MODEL-1",
  subject: `Charged twice on card ${PERSONAL.card}`,
  customerName: PERSONAL.name,
  customerEmail: PERSONAL.email,
  customerId: PERSONAL.customerId,
  customerTier: "paid",
  description: [
    `Hi, this is ${PERSONAL.name}. You charged my card ${PERSONAL.card} twice for invoice INV-2024-0042.`,
    `Please call me at ${PERSONAL.phone} or on my mobile ${PERSONAL.usPhone}, or write to ${PERSONAL.otherEmail}.`,
    `If this is not fixed by Friday my lawyer will file a lawsuit. — Jane`,
  ].join("\n"),
};

/** Every form a detail may take in a body: as written, without separators, JSON-escaped. */
function forms(value: string): string[] {
  return [value, value.replace(/[\s().-]/g, ""), JSON.stringify(value).slice(1, -1)];
}

function expectNothingPersonal(requests: readonly RecordedRequest[]): void {
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    const body = JSON.stringify(request.body);
    const squashed = body.replace(/[\s().-]/g, "");
    for (const [what, value] of Object.entries(PERSONAL)) {
      for (const form of forms(value)) {
        expect(body.includes(form) || squashed.includes(value.replace(/[\s().-]/g, "")), `${request.schemaName} holds the ${what}`).toBe(false);
      }
    }
  }
}

/** Writes back the reference reply it was sent, placeholders and all: what a well-behaved model does. */
function echoReference(request: RecordedRequest) {
  const match = /<reference_reply>\n([\s\S]*?)\n<\/reference_reply>/.exec(request.prompt);
  const reference = (match?.[1] ?? "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return { answer: { message: reference } };
}

describe("personal details and the model", () => {
  it("sends none of the ticket's emails, phones, card number, name or id, and restores the name in the reply", async () => {
    const legal = assessmentAnswer(
      { category: "billing", signals: [{ signal: "legal_threat", quote: "<NAME_1>. You charged" }] },
      {},
      { acknowledgement: "<NAME_1>, being charged twice is not acceptable, and I'm sorry." },
    );
    server = await startFakeOpenAI(answerBySchema({ ticket_assessment: legal }));
    const { agent } = testAgent({ model: await fakeOpenAIModel(server) });
    const result = await triageTicket(agent, TICKET, { context: { modelPolicy: TEST_POLICY } });

    expect(server.requests.map((r) => r.schemaName)).toEqual(["ticket_assessment"]);
    expectNothingPersonal(server.requests);
    const assessment = server.requests[0]?.prompt ?? "";
    expect(assessment).toContain("this is &lt;NAME_1&gt;");
    expect(assessment).toContain("call me at &lt;PHONE_1&gt; or on my mobile &lt;PHONE_2&gt;, or write to &lt;EMAIL_2&gt;");

    // The reply names the customer again (the greeting, and the draft's placeholder), and carries no placeholder.
    expect(result.response?.message).toMatch(/^Hi Jane Roe,\n\nJane Roe, being charged twice is not acceptable, and I'm sorry\./);
    expect(result.response?.message).not.toMatch(/<(NAME|EMAIL|PHONE|ID)_\d+>/);
    // A model's quote with a placeholder is checked, and kept, as the customer wrote it.
    expect(result.classification?.evidence).toContainEqual({ signal: "legal_threat", match: "Jane Roe. You charged", rule: "llm" });
  });

  it("keeps them out of the split classify/analyze requests, decide's own request and respond's own rewrite too", async () => {
    const answers = answerBySchema();
    // A rewrite that keeps the reference's placeholders, as a well-behaved model does.
    server = await startFakeOpenAI((request) => (request.schemaName === "customer_reply" ? echoReference(request) : answers(request)));
    const shared = await fakeOpenAIModel(server);
    // One shared model; a split reading; decide's own request (the whole risk range made ambiguous), replied from templates.
    const layouts = [
      { options: {}, thresholds: {} },
      { options: { models: { analyze: await fakeOpenAIModel(server, "gpt-4o") } }, thresholds: {} },
      { options: { models: { decide: await fakeOpenAIModel(server, "o4-mini") } }, thresholds: { ambiguousLow: 0, ambiguousHigh: 100 } },
      { options: { models: { respond: await fakeOpenAIModel(server, "gpt-4o") } }, thresholds: {} },
    ];
    for (const [i, layout] of layouts.entries()) {
      const { agent } = testAgent({ model: shared, ...layout.options });
      // Without the lawsuit (a hard trigger skips decide), so decide's own model is asked.
      const calmer = { ...TICKET, id: `PII-MODEL-${i + 2}`, description: TICKET.description?.replace(/\nIf this is not fixed[^\n]*/, "") };
      await triageTicket(agent, calmer, { context: { modelPolicy: TEST_POLICY, thresholds: { ambiguousLow: 0, ambiguousHigh: 100 } } });
    }
    expect(new Set(server.requests.map((r) => r.schemaName))).toEqual(
      new Set(["ticket_classification", "ticket_analysis", "customer_reply", "ticket_assessment", "escalation_decision"]),
    );
    expectNothingPersonal(server.requests);
    const rewrite = server.requests.filter((r) => r.schemaName === "customer_reply").at(-1);
    expect(rewrite?.prompt).toContain("Hi &lt;NAME_1&gt;,");
  });
});

describe("Pseudonyms", () => {
  it("gives the same value the same placeholder in every text, and restores only the placeholders it made", () => {
    const table = new Pseudonyms({ customerName: "Jane Roe", customerEmail: "jane@example.com" }, ["Mail JANE@example.com or jane@example.com"]);
    expect(table.mask("Jane Roe wrote from jane@example.com; call +1 415 555 0132")).toBe("<NAME_1> wrote from <EMAIL_1>; call <PHONE_1>");
    expect(table.mask("Again: +1 415 555 0132, Jane")).toBe("Again: <PHONE_1>, <NAME_2>");
    expect(table.restore("Hi <NAME_2>, we call <PHONE_1>; <EMAIL_7> stays")).toBe("Hi Jane, we call +1 415 555 0132; <EMAIL_7> stays");
  });

  it("leaves dates, amounts, versions, error codes and short numbers alone", () => {
    const table = new Pseudonyms({});
    const text = "Since 2024-03-05 (v2.3.14) we get error 503 on 12 of 300 seats, $1,200.00 a month, at 10:30.";
    expect(table.mask(text)).toBe(text);
  });
});
