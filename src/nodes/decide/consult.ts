/**
 * Where decide's model recommendation comes from, in the ambiguous band
 * only. Sharing analyze's model, it is the recommendation that came with the
 * reading (no request). With a model of its own, decide asks it — the run's
 * second round trip, after which respond writes from templates so no path
 * waits on more than two round trips.
 */
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { EscalationRecommendation } from "../../domain/judgement.js";
import type { AgentError, Analysis, Classification } from "../../domain/triage.js";
import { resolveContext } from "../../graph/context.js";
import type { AgentDependencies } from "../../graph/dependencies.js";
import type { EscalationStateType, MetricsDelta } from "../../graph/state.js";
import { describeFallback, isProviderFault } from "../../llm/fallback.js";
import { mayCall, type ModelRun } from "../../llm/model-run.js";
import { redactSecrets } from "../../llm/redact.js";
import { callStructured } from "../../llm/structured-call.js";
import { pseudonymsFor, ticketForPrompt } from "../../llm/ticket-prompt.js";
import { usageMetrics } from "../../llm/usage.js";
import type { SimilarCase } from "../../learning/similar-cases.js";
import type { RulesDecision } from "../../rules/rules-decision.js";
import { decideMessages } from "./prompt.js";

export interface Consultation {
  recommendation: EscalationRecommendation | null;
  fellBack: boolean;
  /** The run's model record after a request; absent when none was made. */
  modelRun?: ModelRun;
  metrics: MetricsDelta;
  errors: AgentError[];
}

export interface ConsultationInput {
  deps: AgentDependencies;
  config: LangGraphRunnableConfig;
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
  const { deps, config, state, rules } = input;
  const run = state.modelRun;
  if (!run) return NOTHING;
  if (run.fellBack) return { ...NOTHING, fellBack: true };
  if (!rules.ambiguous) return NOTHING;

  const context = resolveContext(config.context, deps.settings.model);
  const decide = await deps.models.forNode("decide", context.model);
  if (!decide) return NOTHING;
  const analyze = await deps.models.forNode("analyze", context.model);
  if (analyze?.model === decide.model) return { ...NOTHING, recommendation: run.reading?.recommendation ?? null };
  if (!mayCall(run, decide)) return NOTHING;

  const ticket = state.ticket ?? {};
  const turns = state.conversation.filter((t) => t.role === "customer").map((t) => t.content);
  const result = await callStructured({
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
  const modelRun: ModelRun = {
    ...run,
    roundTrips: run.roundTrips + 1,
    unavailable: !result.ok && isProviderFault(result.failure) ? [...run.unavailable, decide.label] : run.unavailable,
  };
  if (result.ok) return { recommendation: result.value, fellBack: false, modelRun, metrics: usageMetrics(result.usage), errors: [] };
  return {
    recommendation: null,
    fellBack: true,
    modelRun,
    metrics: usageMetrics(result.usage, 1),
    errors: [{ node: "decide", message: describeFallback("escalation decision", decide.label, result.failure), at: deps.now().toISOString() }],
  };
}
