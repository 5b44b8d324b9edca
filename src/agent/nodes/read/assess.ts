/**
 * The run's first model round trip. When classify and analyze use the same
 * model, ONE request answers both (a `ticket_assessment`), and when respond
 * uses that model too, the same request drafts the personal part of the
 * reply: the ticket is sent once and everything arrives after one round
 * trip. When classify and analyze use different models, the two requests
 * are sent at the same time, so the round trip still counts once.
 */
import type { Callbacks } from "@langchain/core/callbacks/manager";
import type { BaseMessage } from "@langchain/core/messages";
import type { z } from "zod";
import { AnalysisJudgement, ClassificationJudgement, type ReplyDraft } from "../../../domain/judgement.js";
import type { ChosenModel } from "../../../llm/model-choice.js";
import type { ModelPolicy } from "../../../llm/policy.js";
import { callStructured, type ModelFailure } from "../../../llm/structured-call.js";
import type { TicketForPrompt } from "../../../llm/ticket-prompt.js";
import { addUsage, noUsage, type CallUsage } from "../../../llm/usage.js";
import { analyzeMessages, assessmentMessages, classifyMessages, type ReplyBrief } from "./prompt.js";
import { fromWire, WireAssessment, WireAssessmentWithReply } from "./wire.js";

export interface AssessmentInput {
  classify?: ChosenModel | undefined;
  analyze?: ChosenModel | undefined;
  ticket: TicketForPrompt;
  /** Given when respond shares the one model: the same request drafts the reply's personal part. */
  reply?: ReplyBrief | undefined;
  policy: ModelPolicy;
  /** The configured secret values (Settings.secrets), scrubbed from failure messages. */
  secrets: readonly string[];
  signal?: AbortSignal | undefined;
  callbacks?: Callbacks | undefined;
}

export interface AssessmentFailure {
  /** What was being judged, for the error message. */
  judgement: string;
  label: string;
  failure: ModelFailure;
}

export interface Assessment {
  classification: ClassificationJudgement | null;
  analysis: AnalysisJudgement | null;
  /** The reply's personal part; null when it was not asked for or the request failed. */
  draft: ReplyDraft | null;
  failures: AssessmentFailure[];
  usage: CallUsage;
}

/** Whether `assessTicket` sends one request for both readings (and so may carry the reply draft). */
export function assessesInOneCall(classify: ChosenModel | undefined, analyze: ChosenModel | undefined): boolean {
  return Boolean(classify && analyze && classify.model === analyze.model);
}

export async function assessTicket(input: AssessmentInput): Promise<Assessment> {
  const { classify, analyze } = input;
  if (classify && analyze && assessesInOneCall(classify, analyze)) return assessInOneCall(classify, input);

  const [classification, analysis] = await Promise.all([
    classify
      ? judge(classify, "classification", ClassificationJudgement, "ticket_classification", classifyMessages(input.ticket), input)
      : none<ClassificationJudgement>(),
    analyze ? judge(analyze, "analysis", AnalysisJudgement, "ticket_analysis", analyzeMessages(input.ticket), input) : none<AnalysisJudgement>(),
  ]);
  return {
    classification: classification.value,
    analysis: analysis.value,
    draft: null,
    failures: [...classification.failures, ...analysis.failures],
    usage: addUsage(classification.usage, analysis.usage),
  };
}

async function assessInOneCall(chosen: ChosenModel, input: AssessmentInput): Promise<Assessment> {
  const messages = assessmentMessages(input.ticket, input.reply);
  // The answer travels in the compact wire form (wire.ts) and is decoded to the judgements here.
  const schema = input.reply ? WireAssessmentWithReply : WireAssessment;
  const result = await judge<WireAssessment | WireAssessmentWithReply>(chosen, "classification and analysis", schema, "ticket_assessment", messages, input);
  const decoded = result.value ? fromWire(result.value) : null;
  return {
    classification: decoded?.classification ?? null,
    analysis: decoded?.analysis ?? null,
    draft: decoded?.reply ?? null,
    failures: result.failures,
    usage: result.usage,
  };
}

interface Judged<T> {
  value: T | null;
  failures: AssessmentFailure[];
  usage: CallUsage;
}

async function judge<T>(
  chosen: ChosenModel,
  judgement: string,
  schema: z.ZodType<T>,
  name: string,
  messages: BaseMessage[],
  input: AssessmentInput,
): Promise<Judged<T>> {
  const result = await callStructured({
    model: chosen.model,
    label: chosen.label,
    schema,
    name,
    messages,
    policy: input.policy,
    secrets: input.secrets,
    ...(input.signal ? { signal: input.signal } : {}),
    ...(input.callbacks ? { callbacks: input.callbacks } : {}),
  });
  return result.ok
    ? { value: result.value, failures: [], usage: result.usage }
    : { value: null, failures: [{ judgement, label: chosen.label, failure: result.failure }], usage: result.usage };
}

async function none<T>(): Promise<Judged<T>> {
  return { value: null, failures: [], usage: noUsage() };
}
