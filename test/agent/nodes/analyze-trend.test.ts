/**
 * The analyze node's reading of the thread's trend from what classify found
 * in the latest message: a calm, thankful follow-up settles the thread
 * unless it asks a person for something, turns to a new matter after its
 * settling words, or raises a signal of its own ("thank you — the board
 * approved moving to another platform").
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_ROUTING } from "../../../src/config/routing.js";
import type { AgentDependencies } from "../../../src/agent/dependencies.js";
import { Findings, type EscalationStateType } from "../../../src/agent/state.js";
import { makeAnalyzeNode } from "../../../src/agent/nodes/analyze/index.js";
import type { HandoffChannels } from "../../../src/delivery/types.js";
import { KnowledgeBase } from "../../../src/kb/knowledge-base.js";
import { ModelChoice } from "../../../src/llm/model-choice.js";
import { DEFAULT_SETTINGS } from "../../../src/settings/index.js";
import { makeClassification } from "../../fixtures/triage.js";

const deps: AgentDependencies = {
  routing: DEFAULT_ROUTING,
  knowledgeBase: () => Promise.resolve(KnowledgeBase.fromArticles([])),
  channels: {} as HandoffChannels,
  models: new ModelChoice(),
  now: () => new Date("2026-12-06T09:00:00Z"),
  settings: DEFAULT_SETTINGS,
};

type Latest = NonNullable<Findings["latestMessage"]>;

/** A two-message thread whose follow-up reads calm and thankful, with what classify found in it. */
function thread(latestMessage: Latest): EscalationStateType {
  const classification = makeClassification();
  const findings = Findings.parse({
    classification,
    frustration: 0,
    sentiment: "positive",
    lexiconScore: 0,
    cues: [],
    trajectory: [
      { turn: 0, frustration: 10, sentiment: "neutral" },
      { turn: 1, frustration: 0, sentiment: "positive" },
    ],
    complexityScores: { technical: 10, communication: 10, process: 10, resolution: 10 },
    technicalTerms: [],
    priorityReason: "a question",
    latestMessage,
  });
  return {
    ticketId: "T-TREND",
    ticket: { subject: "Export", description: "How do I export our tables?" },
    conversation: [
      { role: "customer", content: "How do I export our tables?", at: "2026-12-06T08:00:00Z", channel: "email" },
      { role: "customer", content: "Thank you, that worked.", at: "2026-12-06T08:30:00Z", channel: "email" },
    ],
    classification,
    findings,
  } as unknown as EscalationStateType;
}

const calm: Latest = { retracted: false, ownActivity: false, exercise: false, asksAPerson: false };

describe("analyze: the trend of a thread whose latest message reads calm", () => {
  const analyze = makeAnalyzeNode(deps);

  it("settles the thread when the message brings nothing new", async () => {
    const { analysis } = await analyze(thread(calm));
    expect(analysis?.trend).toMatchObject({ pattern: "settled", escalates: false });
  });

  it.each([
    ["asks a person to act", { ...calm, asksAPerson: true }],
    ["turns to a new matter after settling words", { ...calm, retracted: true, movesOn: true }],
    ["raises a signal of its own", { ...calm, raisesSignal: true }],
  ])("does not settle it when the message %s", async (_what, latest) => {
    const { analysis } = await analyze(thread(latest));
    expect(analysis?.trend?.pattern).not.toBe("settled");
  });

  it("reads a plain retraction as the alarm taken back", async () => {
    const { analysis } = await analyze(thread({ ...calm, retracted: true }));
    expect(analysis?.trend).toMatchObject({ pattern: "settled", escalates: false });
  });
});
