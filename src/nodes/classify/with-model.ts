/**
 * classify's model part: the run's first round trip (src/nodes/read), fused
 * with the rules classification, and the run's fresh model record for the
 * later nodes. Returns null when no node has a model, so the rules-only path
 * runs no model code at all.
 */
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { AgentError, Classification, ConversationTurn, Reply } from "../../domain/triage.js";
import { resolveContext } from "../../graph/context.js";
import type { AgentDependencies } from "../../graph/dependencies.js";
import type { MetricsDelta, TicketState } from "../../graph/state.js";
import { describeFallback, isProviderFault } from "../../llm/fallback.js";
import { emptyModelRun, type ModelRun } from "../../llm/model-run.js";
import { redactSecrets } from "../../llm/redact.js";
import { pseudonymsFor, redactedTicketText, ticketForPrompt } from "../../llm/ticket-prompt.js";
import type { ClassificationJudgement } from "../../domain/judgement.js";
import type { Pseudonyms } from "../../privacy/pseudonyms.js";
import { usageMetrics } from "../../llm/usage.js";
import { firstRoundTrip } from "../read/round-trip.js";
import { fuseClassification } from "./fuse.js";

export interface ModelClassification {
  classification: Classification;
  modelRun: ModelRun;
  metrics: MetricsDelta;
  errors: AgentError[];
}

export interface ModelClassificationInput {
  deps: AgentDependencies;
  config: LangGraphRunnableConfig;
  ticket: TicketState;
  customerTurns: ConversationTurn[];
  /** Every turn of the conversation, this run's included: the reply brief reads the thread (src/nodes/read/reply-brief.ts). */
  conversation: ConversationTurn[];
  /** The reply of the previous run, if any. */
  lastReply: Reply | null | undefined;
  rules: Classification;
}

export async function classifyWithModel(input: ModelClassificationInput): Promise<ModelClassification | null> {
  const { deps, config, ticket, rules } = input;
  const context = resolveContext(config.context);
  if (!deps.models.anyFor(context.model)) return null;

  const at = deps.now().toISOString();
  const turns = input.customerTurns.map((t) => t.content);
  const prompted = ticketForPrompt(ticket, turns);
  // The model quotes what it saw, placeholders and all; its quotes get the values back and are checked
  // against the text it was shown before the placeholders, so evidence reads as the customer wrote it.
  const table = pseudonymsFor(ticket, turns);
  const seen = redactedTicketText(ticket, turns);
  try {
    const trip = await firstRoundTrip({
      deps,
      config,
      context,
      ticket: prompted,
      subject: ticket.subject,
      conversation: input.conversation,
      lastReply: input.lastReply,
      rules,
    });
    if (!trip) return { classification: rules, modelRun: emptyModelRun(), metrics: {}, errors: [] };
    const { assessment } = trip;
    const fused = assessment.classification
      ? fuseClassification(rules, unmaskQuotes(assessment.classification, table), [seen.subject ?? "", ...seen.customerTurns].join("\n"))
      : null;
    return {
      classification: fused?.classification ?? rules,
      modelRun: {
        roundTrips: 1,
        unavailable: assessment.failures.filter((f) => isProviderFault(f.failure)).map((f) => f.label),
        fellBack: assessment.failures.length > 0,
        classified: fused !== null,
        reading: assessment.analysis,
        modelSignals: fused?.modelSignals ?? [],
        addedSignals: fused?.addedSignals ?? [],
        contributions: fused?.contributions ?? [],
        question: fused?.question ?? null,
        ...(trip.replyDraft !== undefined ? { replyDraft: trip.replyDraft } : {}),
      },
      metrics: usageMetrics(assessment.usage, assessment.failures.length),
      errors: assessment.failures.map((f) => ({ node: "classify", message: describeFallback(f.judgement, f.label, f.failure), at })),
    };
  } catch (error) {
    // A bug in fusion must not cost the customer their answer: the rules stand.
    const message = redactSecrets(error instanceof Error ? error.message : String(error));
    return {
      classification: rules,
      // replyDraft null: the round trip was made, so respond does not ask again.
      modelRun: { ...emptyModelRun(), roundTrips: 1, fellBack: true, replyDraft: null },
      metrics: { fallbacks: 1 },
      errors: [{ node: "classify", message: `model classification failed: ${message}; the rules engine answered`, at }],
    };
  }
}

function unmaskQuotes(judgement: ClassificationJudgement, table: Pseudonyms): ClassificationJudgement {
  return {
    ...judgement,
    signals: judgement.signals.map((s) => ({ ...s, quote: table.restore(s.quote) })),
    question: judgement.question === null ? null : table.restore(judgement.question),
  };
}
