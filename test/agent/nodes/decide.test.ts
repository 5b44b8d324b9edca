/**
 * The decide node and languages the rules engine cannot read: when no model
 * read the ticket the rules hand it to a person; when a model did, the
 * model's reading and recommendation judge it instead of that rule.
 */
import { FakeListChatModel } from "@langchain/core/utils/testing";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";
import { DEFAULT_ROUTING } from "../../../src/config/routing.js";
import type { AgentDependencies } from "../../../src/agent/dependencies.js";
import type { EscalationStateType } from "../../../src/agent/state.js";
import { ModelChoice } from "../../../src/llm/model-choice.js";
import { emptyModelRun, type ModelRun } from "../../../src/llm/model-run.js";
import { makeDecideNode, modelReadText } from "../../../src/agent/nodes/decide/index.js";
import { withModelBudget } from "../../../src/agent/model-budget.js";
import type { HandoffChannels } from "../../../src/delivery/types.js";
import type { KnowledgeBase } from "../../../src/kb/knowledge-base.js";
import { DEFAULT_SETTINGS } from "../../../src/settings/index.js";
import { makeAnalysis, makeClassification } from "../../fixtures/triage.js";
import { analysisAnswer, recommendationAnswer } from "../../helpers/judgements.js";

const NOW = new Date("2026-01-05T09:00:00Z");

function deps(models: ModelChoice): AgentDependencies {
  return {
    routing: DEFAULT_ROUTING,
    // decide neither reads the knowledge base nor sends anything.
    knowledgeBase: () => Promise.reject(new Error("not used by decide")) as Promise<KnowledgeBase>,
    channels: {} as HandoffChannels,
    models,
    now: () => NOW,
    settings: DEFAULT_SETTINGS,
  };
}

/** A report in Japanese whose calm, low-risk reading would leave it with the bot in a language the rules read. */
function japaneseReport(modelRun: ModelRun | null): EscalationStateType {
  return {
    ticketId: "T-JA-1",
    ticket: { subject: "同期の問題", description: "カレンダーの同期が昨日から止まっています。" },
    conversation: [],
    classification: makeClassification({ language: "ja", issueType: "problem", category: "general_inquiry", priority: "medium" }),
    analysis: makeAnalysis(),
    modelRun,
  } as unknown as EscalationStateType;
}

const config = (model = "rules"): LangGraphRunnableConfig => ({ context: { model } });

describe("decide: a language the rules engine cannot read", () => {
  it("hands the ticket to a person when only the rules read it", async () => {
    const decide = withModelBudget(makeDecideNode(deps(new ModelChoice())));
    const { decision } = await decide(japaneseReport(null), config());
    expect(decision).toMatchObject({ type: "scheduled_escalation", source: "rules" });
    expect(decision?.reasons[0]).toContain("which the rules engine cannot read");
  });

  it("does not let a calm model that read the text cancel the person who reads it", async () => {
    // One model shared by every node: decide takes the recommendation that came with the reading, no request.
    const model = new FakeListChatModel({ responses: [] });
    const decide = withModelBudget(makeDecideNode(deps(new ModelChoice({ model }))));
    const recommendation = recommendationAnswer({ type: "no_escalation", confidence: 0.8, reason: "Sync delay with a known fix in the help centre." });
    const run: ModelRun = { ...emptyModelRun(), classified: true, reading: analysisAnswer({ recommendation }) };

    const { decision } = await decide(japaneseReport(run), config());
    expect(decision).toMatchObject({ type: "scheduled_escalation", source: "rules", confidence: 0.5 });
    expect(decision?.reasons.join(" ")).toContain("cannot read");
    expect(decision?.reasons.join(" ")).toContain("Sync delay with a known fix");
  });

  it("lets the model keep it with the bot when it quoted the customer's question", async () => {
    const decide = withModelBudget(makeDecideNode(deps(new ModelChoice({ model: new FakeListChatModel({ responses: [] }) }))));
    const recommendation = recommendationAnswer({ type: "no_escalation", confidence: 0.8, reason: "Asks where the sync setting is." });
    const run: ModelRun = {
      ...emptyModelRun(),
      classified: true,
      reading: analysisAnswer({ recommendation }),
      question: "同期の設定はどこですか？",
    };

    const { decision } = await decide(japaneseReport(run), config());
    expect(decision).toMatchObject({ type: "no_escalation", source: "llm", confidence: 0.8 });
  });

  it("follows the model's recommendation to escalate too", async () => {
    const decide = withModelBudget(makeDecideNode(deps(new ModelChoice({ model: new FakeListChatModel({ responses: [] }) }))));
    const recommendation = recommendationAnswer({
      type: "specialist_escalation",
      team: "engineering",
      urgency: "standard",
      confidence: 0.85,
      reason: "Calendar sync has stopped for the customer.",
    });
    const run: ModelRun = { ...emptyModelRun(), classified: true, reading: analysisAnswer({ recommendation }) };

    const { decision } = await decide(japaneseReport(run), config("openai:gpt-4o-mini"));
    expect(decision).toMatchObject({ type: "specialist_escalation", targetTeam: "engineering", source: "llm" });
  });

  it("keeps the language rule when the model failed and the rules answered alone", async () => {
    const decide = withModelBudget(makeDecideNode(deps(new ModelChoice({ model: new FakeListChatModel({ responses: [] }) }))));
    const failed: ModelRun = { ...emptyModelRun(), fellBack: true };

    const { decision } = await decide(japaneseReport(failed), config());
    expect(decision).toMatchObject({ type: "scheduled_escalation", source: "fallback" });
    expect(decision?.reasons[0]).toContain("which the rules engine cannot read");
  });
});

describe("modelReadText", () => {
  it("is true only for a run in which a model classified or read the ticket without falling back", () => {
    expect(modelReadText(null)).toBe(false);
    expect(modelReadText(undefined)).toBe(false);
    expect(modelReadText(emptyModelRun())).toBe(false);
    expect(modelReadText({ ...emptyModelRun(), classified: true })).toBe(true);
    expect(modelReadText({ ...emptyModelRun(), reading: analysisAnswer() })).toBe(true);
    expect(modelReadText({ ...emptyModelRun(), classified: true, fellBack: true })).toBe(false);
  });
});
