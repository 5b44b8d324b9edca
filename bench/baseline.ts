/**
 * The seed-style baseline, for comparison only: one model call per step, six
 * steps one after the other, each prompt carrying the whole state so far as
 * JSON. It runs the same ChatOpenAI client against the same fake server as
 * the agent, and the fake "answers" are the agent's own rules results, so
 * the state grows as it would.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { z } from "zod";
import type { TriageResult } from "../src/runtime/output.js";
import type { Ticket } from "../src/domain/ticket.js";
import { tokensOf } from "../src/llm/usage.js";

export const BASELINE_STEPS = [
  { name: "classify_ticket", key: "classification", instruction: "Classify this support ticket: category, priority, complexity, signals." },
  { name: "analyze_sentiment", key: "sentiment", instruction: "Analyze the customer's sentiment and frustration." },
  { name: "assess_risk", key: "risk", instruction: "Assess the escalation risk and complexity." },
  { name: "decide_escalation", key: "decision", instruction: "Decide whether and to whom to escalate." },
  { name: "generate_response", key: "response", instruction: "Write the reply to the customer." },
  { name: "prepare_handoff", key: "handoff", instruction: "Prepare the handoff summary for the human team." },
] as const;

type StepKey = (typeof BASELINE_STEPS)[number]["key"];

const StepResult = z.object({ result: z.record(z.string(), z.unknown()) });

/** What each step "answers": the matching part of the agent's own result. */
export function baselineAnswers(result: TriageResult): Record<StepKey, Record<string, unknown>> {
  const analysis = result.analysis;
  return {
    classification: { ...(result.classification ?? {}) },
    sentiment: { sentiment: analysis?.sentiment, frustration: analysis?.frustration, cues: analysis?.frustrationCues },
    risk: { risk: analysis?.risk, complexityScores: analysis?.complexityScores, approach: analysis?.approach },
    decision: { ...(result.decision ?? {}) },
    response: { ...(result.response ?? {}) },
    handoff: { team: result.decision?.targetTeam, summary: result.decision?.reasons.join("; ") ?? "" },
  };
}

export interface BaselineRun {
  calls: number;
  promptTokens: number;
}

export async function runBaseline(model: BaseChatModel, ticket: Ticket): Promise<BaselineRun> {
  const state: Record<string, unknown> = { ticket };
  let promptTokens = 0;
  for (const step of BASELINE_STEPS) {
    const runnable = model.withStructuredOutput(z.toJSONSchema(StepResult) as Record<string, unknown>, { name: step.name, includeRaw: true });
    const out = await runnable.invoke([
      new SystemMessage(`You are a support escalation agent. ${step.instruction} Answer with JSON.`),
      new HumanMessage(`Current state:\n${JSON.stringify(state)}`),
    ]);
    promptTokens += tokensOf(out.raw).promptTokens;
    state[step.key] = StepResult.parse(out.parsed).result;
  }
  return { calls: BASELINE_STEPS.length, promptTokens };
}
