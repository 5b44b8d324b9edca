/**
 * respond's model part. The template reply is always composed first: it is
 * what is sent whenever the model's words fail a check.
 *
 * - One model serves every node (the default): the first round trip drafted
 *   the reply's personal part, and it goes into the template reply here
 *   (drafted-reply.ts) — no request. If that round trip failed, the
 *   template is sent: the model is not asked a second time.
 * - respond has a model of its own (or the reading was split over two
 *   models): that model rewrites the template reply in a round trip of its
 *   own, when the run's budget allows (not after decide consulted a model of
 *   its own) and the model did not already fail this run.
 */
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { ReplyJudgement } from "../../../domain/judgement.js";
import type { AgentError, Decision, Reply } from "../../../domain/triage.js";
import { resolveContext } from "../../context.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { ModelBudget } from "../../model-budget.js";
import type { EscalationStateType, MetricsDelta } from "../../state.js";
import { describeFallback, isProviderFault } from "../../../llm/fallback.js";
import { redactSecrets } from "../../../llm/redact.js";
import { callStructured } from "../../../llm/structured-call.js";
import { pseudonymsFor } from "../../../llm/ticket-prompt.js";
import { usageMetrics } from "../../../llm/usage.js";
import { findFalsePromises } from "./guardrails.js";
import type { ComposeInput } from "./compose.js";
import { replyWithDraft } from "./drafted-reply.js";
import { missingFacts, requiredFacts } from "./required-facts.js";
import { replyMessages } from "./prompt.js";

export interface WrittenReply {
  reply: Reply;
  metrics: MetricsDelta;
  errors: AgentError[];
}

export interface ModelReplyInput {
  deps: AgentDependencies;
  config: LangGraphRunnableConfig;
  /** The run's model budget: respond's own request is a round trip of its own, when one is left. */
  budget: ModelBudget;
  state: EscalationStateType;
  /** What the template reply was composed from. */
  compose: ComposeInput;
  template: Reply;
  latest: string;
  decision: Decision;
}

export async function writeReplyWithModel(input: ModelReplyInput): Promise<WrittenReply> {
  const { deps, config, budget, state, template } = input;
  const kept: WrittenReply = { reply: template, metrics: {}, errors: [] };
  const run = state.modelRun;
  if (!run) return kept;
  const context = resolveContext(config.context, deps.settings.model);
  const at = deps.now().toISOString();
  try {
    if (run.replyDraft) {
      return replyWithDraft({ draft: run.replyDraft, compose: input.compose, template, decision: input.decision, at, secrets: deps.settings.secrets });
    }
    // Asked for in the first round trip and not answered: one model, one chance.
    if (run.replyDraft === null) return kept;
    const chosen = await deps.models.forNode("respond", context.model);
    if (!chosen) return kept;
    const pseudonyms = pseudonymsFor(
      state.ticket ?? {},
      state.conversation.filter((t) => t.role === "customer").map((t) => t.content),
      deps.settings.privacy.redactKinds,
    );
    const send = () =>
      callStructured({
        model: chosen.model,
        label: chosen.label,
        schema: ReplyJudgement,
        name: "customer_reply",
        messages: replyMessages(
          {
            subject: state.ticket?.subject,
            latest: input.latest,
            decision: input.decision,
            reference: template,
          },
          deps.settings.privacy.redactKinds,
          pseudonyms,
        ),
        policy: context.modelPolicy,
        secrets: deps.settings.secrets,
        ...(config.signal ? { signal: config.signal } : {}),
        ...(config.callbacks ? { callbacks: config.callbacks } : {}),
      });
    const result = await budget.roundTrip([chosen], send, (answer) => (!answer.ok && isProviderFault(answer.failure) ? [chosen.label] : []));
    if (!result) return kept;
    if (!result.ok) {
      return {
        ...kept,
        metrics: usageMetrics(result.usage, 1),
        errors: [{ node: "respond", message: describeFallback("reply", chosen.label, result.failure), at }],
      };
    }
    // The greeting names the customer again: the placeholders the model kept get their values back.
    const message = pseudonyms.restore(result.value.message.trim());
    const promises = findFalsePromises(message);
    if (promises.length > 0) {
      const why = `reply by ${chosen.label} promised what only a person may (${promises.join("; ")}); the template reply was sent`;
      return { ...kept, metrics: usageMetrics(result.usage, 1), errors: [{ node: "respond", message: redactSecrets(why, deps.settings.secrets), at }] };
    }
    const missing = missingFacts(message, requiredFacts(template, input.decision));
    if (missing.length > 0) {
      const left = missing.map((f) => `${f.what} "${f.text}"`).join(", ");
      const why = `reply by ${chosen.label} left out what it must carry (${left}); the template reply was sent`;
      return { ...kept, metrics: usageMetrics(result.usage, 1), errors: [{ node: "respond", message: redactSecrets(why, deps.settings.secrets), at }] };
    }
    return { reply: { ...template, message }, metrics: usageMetrics(result.usage), errors: [] };
  } catch (error) {
    const message = redactSecrets(error instanceof Error ? error.message : String(error), deps.settings.secrets);
    return { ...kept, metrics: { fallbacks: 1 }, errors: [{ node: "respond", message: `model reply failed: ${message}; the template reply was sent`, at }] };
  }
}
