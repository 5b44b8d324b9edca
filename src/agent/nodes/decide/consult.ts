/**
 * Where decide's model recommendation comes from, in the ambiguous band
 * only. Sharing analyze's model, it is the recommendation that came with the
 * reading (no request). With a model of its own, decide asks it — the run's
 * second round trip, after which respond writes from templates so no path
 * waits on more than two round trips.
 */
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { EscalationRecommendation } from "../../../domain/judgement.js";
import type { AgentError, Analysis, Classification } from "../../../domain/triage.js";
import { resolveContext } from "../../context.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { ModelBudget } from "../../model-budget.js";
import type { EscalationStateType, MetricsDelta } from "../../state.js";
import { describeFallback, isProviderFault } from "../../../llm/fallback.js";
import { redactSecrets } from "../../../llm/redact.js";
import { callStructured } from "../../../llm/structured-call.js";
import { pseudonymsFor, ticketForPrompt } from "../../../llm/ticket-prompt.js";
import { usageMetrics } from "../../../llm/usage.js";
import type { SimilarCase } from "../../../learning/similar-cases.js";
import type { RulesDecision } from "../../../rules/rules-decision.js";
import { decideMessages } from "./prompt.js";

export interface Consultation {
  recommendation: EscalationRecommendation | null;
  fellBack: boolean;
  metrics: MetricsDelta;
  errors: AgentError[];
}

export interface ConsultationInput {
  deps: AgentDependencies;
  config: LangGraphRunnableConfig;
  /** The run's model budget: decide's own request is a second round trip, when one is left. */
  budget: ModelBudget;
  state: EscalationStateType;
  rules: RulesDecision;
  classification: Classification;
  analysis: Analysis;
  /** Resolved cases like this one, with their verdicts (src/learning), shown to a decide model of its own. */
  examples?: readonly SimilarCase[];
}

const NOTHING: Consultation = { recommendation: null, fellBack: false, metrics: {}, errors: [] };

export async function consultModel(input: ConsultationInput): Promise<Consultation> {
  try {
    return await consult(input);
  } catch (error) {
    // A bug on our side must not cost the ticket its decision: the rules stand.
    const message = redactSecrets(error instanceof Error ? error.message : String(error), input.deps.settings.secrets);
    const at = input.deps.now().toISOString();
    return {
      ...NOTHING,
      fellBack: true,
      metrics: { fallbacks: 1 },
      errors: [{ node: "decide", message: `model consultation failed: ${message}; the rules decided`, at }],
    };
  }
}

async function consult(input: ConsultationInput): Promise<Consultation> {
  const { deps, config, budget, state, rules } = input;
  const run = state.modelRun;
  if (!run) return NOTHING;
  if (run.fellBack) return { ...NOTHING, fellBack: true };
  if (!rules.ambiguous) return NOTHING;

  const context = resolveContext(config.context, deps.settings.model);
  const decide = await deps.models.forNode("decide", context.model);
  if (!decide) return NOTHING;
  const analyze = await deps.models.forNode("analyze", context.model);
  if (analyze?.model === decide.model) return { ...NOTHING, recommendation: run.reading?.recommendation ?? null };
  const ticket = state.ticket ?? {};
  const turns = state.conversation.filter((t) => t.role === "customer").map((t) => t.content);
  const send = () =>
    callStructured({
      model: decide.model,
      label: decide.label,
      schema: EscalationRecommendation,
      name: "escalation_decision",
      messages: decideMessages(
        ticketForPrompt(ticket, turns, deps.settings.privacy.redactKinds),
        {
          classification: input.classification,
          analysis: input.analysis,
          proposal: rules,
          examples: input.examples ?? [],
        },
        deps.settings.privacy.redactKinds,
        pseudonymsFor(ticket, turns, deps.settings.privacy.redactKinds),
      ),
      policy: context.modelPolicy,
      secrets: deps.settings.secrets,
      ...(config.signal ? { signal: config.signal } : {}),
      ...(config.callbacks ? { callbacks: config.callbacks } : {}),
    });
  const result = await budget.roundTrip([decide], send, (answer) => (!answer.ok && isProviderFault(answer.failure) ? [decide.label] : []));
  if (!result) return NOTHING;
  if (result.ok) return { recommendation: result.value, fellBack: false, metrics: usageMetrics(result.usage), errors: [] };
  return {
    recommendation: null,
    fellBack: true,
    metrics: usageMetrics(result.usage, 1),
    errors: [{ node: "decide", message: describeFallback("escalation decision", decide.label, result.failure), at: deps.now().toISOString() }],
  };
}
