/**
 * Languages the rules engine cannot read, with a real ChatOpenAI client over
 * HTTP against a local OpenAI-compatible server: a calm model ("nothing to
 * see here", confidence 0) must not turn the rules' escalation into
 * no_escalation, and the decision's confidence is the side's that decided.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Ticket } from "../../src/domain/ticket.js";
import { triageTicket } from "../../src/runtime/triage.js";
import { testAgent } from "../helpers/agent.js";
import { answerBySchema, assessmentAnswer } from "../helpers/judgements.js";
import { fakeOpenAIModel, TEST_POLICY } from "../helpers/model-agent.js";
import { startFakeOpenAI, type FakeOpenAI } from "../helpers/openai-server.js";

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// From evals/datasets/multilingual.jsonl: each labelled an escalation.
const ESCALATIONS: Ticket[] = [
  {
    id: "PT-1",
    subject: "Alguém acessou minha conta",
    description: "Alguém acessou minha conta e alterou meu e-mail. Não fui eu! Preciso de ajuda urgente.",
    customerTier: "paid",
  },
  {
    id: "JA-1",
    subject: "アカウント乗っ取り",
    description: "見覚えのない海外からのログインがあり、パスワードが変更されていました。アカウントが乗っ取られたようです。至急対応してください。",
    customerTier: "paid",
  },
  {
    id: "RU-1",
    subject: "Пропали все проекты",
    description: "С утра все наши проекты пропали из рабочего пространства, корзина пуста. Это затронуло всю компанию. Срочно нужна помощь.",
    customerTier: "enterprise",
  },
  {
    id: "ZH-1",
    subject: "所有用户无法登录",
    description: "从今天早上开始，我们公司所有用户都无法登录，页面显示错误500，业务完全停止。",
    customerTier: "enterprise",
  },
];

/** "Nothing to see here": a general question, no signals, no risk, and a recommendation with confidence 0. */
const CALM = assessmentAnswer(
  { category: "general_inquiry", priority: "low", complexity: "simple", issueType: "question", confidence: 0.95 },
  {
    sentiment: "neutral",
    frustration: 0,
    risk: 0,
    recommendation: { type: "no_escalation", team: "general_support", urgency: "scheduled", confidence: 0, reason: "Nothing to see here." },
  },
);

/** Tickets in a language with a reading table (src/rules/other-languages/): the rules read their hard trigger. */
const READ_BY_A_TABLE = new Set(["PT-1", "JA-1", "ZH-1"]);

describe("a calm model on a ticket the rules cannot read", () => {
  it.each(ESCALATIONS.filter((t) => !READ_BY_A_TABLE.has(t.id)).map((t) => [t.id, t] as const))(
    "%s stays an escalation, with the rules' confidence",
    async (_id, ticket) => {
      server = await startFakeOpenAI(answerBySchema({ ticket_assessment: CALM }));
      const { agent } = testAgent({ model: await fakeOpenAIModel(server) });
      const result = await triageTicket(agent, ticket, { context: { modelPolicy: TEST_POLICY } });

      expect(result.decision?.type).not.toBe("no_escalation");
      expect(result.decision?.source).not.toBe("hybrid");
      // Nothing of the model's 0 or of the rules' unread 0.9x.
      expect(result.decision?.confidence).toBe(0.5);
      expect(result.decision?.reasons.join(" ")).toMatch(/cannot read/);
    },
  );

  it.each(ESCALATIONS.filter((t) => READ_BY_A_TABLE.has(t.id)).map((t) => [t.id, t] as const))(
    "%s, in a language with a reading table, is the rules' hard trigger whatever the calm model says",
    async (_id, ticket) => {
      server = await startFakeOpenAI(answerBySchema({ ticket_assessment: CALM }));
      const { agent } = testAgent({ model: await fakeOpenAIModel(server) });
      const result = await triageTicket(agent, ticket, { context: { modelPolicy: TEST_POLICY } });

      expect(result.decision?.type).toBe("immediate_escalation");
      expect(result.decision?.reasons.join(" ")).toMatch(/hard trigger/);
    },
  );

  it("a model with a confident question it quoted from the ticket keeps a Portuguese question with the bot", async () => {
    const question = "O aplicativo tem modo escuro?";
    const answer = assessmentAnswer(
      { category: "product", issueType: "question", confidence: 0.9, question },
      { recommendation: { type: "no_escalation", team: "product", urgency: "scheduled", confidence: 0.85, reason: "Asks whether there is a dark mode." } },
    );
    server = await startFakeOpenAI(answerBySchema({ ticket_assessment: answer }));
    const { agent } = testAgent({ model: await fakeOpenAIModel(server) });
    const result = await triageTicket(
      agent,
      { id: "PT-2", subject: "Modo escuro", description: question, customerTier: "free" },
      { context: { modelPolicy: TEST_POLICY } },
    );
    expect(result.decision).toMatchObject({ type: "no_escalation", source: "llm", confidence: 0.85 });
  });
});
