/**
 * decide's answer to a hard trigger: the immediate escalation, with no
 * deliberation, labelled by who saw its triggers. Hard triggers are never
 * downgraded, whatever a model says.
 */
import { teamForCategory, type RoutingConfig } from "../../../config/routing.js";
import type { Analysis, Classification, Decision } from "../../../domain/triage.js";
import type { ModelRun } from "../../../llm/model-run.js";
import { immediateDecision } from "../../../rules/immediate.js";

export function decideImmediately(routing: RoutingConfig, classification: Classification, analysis: Analysis, run: ModelRun | null | undefined): Decision {
  const { ambiguous: _ambiguous, ...decision } = immediateDecision({
    classification,
    analysis,
    categoryTeam: teamForCategory(routing, classification.category),
  });
  return labelImmediateDecision(decision, analysis.immediateEscalation.reasons, run);
}

/**
 * A hard trigger the model alone saw (quoted and found in the ticket) is
 * still a model's reading: 0.8 rather than the rules' 0.95.
 */
const MODEL_TRIGGER_CONFIDENCE = 0.8;

/**
 * The immediate decision with its source: `rules` when the model saw no
 * reason to escalate (and was overruled), `hybrid` when both sides saw it,
 * `llm` when only the model's quoted signals triggered it, `fallback` when
 * the model failed.
 */
export function labelImmediateDecision(decision: Decision, triggers: readonly string[], run: ModelRun | null | undefined): Decision {
  if (!run) return decision;
  if (run.fellBack) {
    return { ...decision, source: "fallback", reasons: [...decision.reasons, "the model failed: the rules decided (fallback)"] };
  }
  const fromModel = new Set<string>(run.addedSignals);
  const reasons = triggers.map((t) => `hard trigger: ${t} (${fromModel.has(t) ? "llm" : "rules"})`);
  const byRules = triggers.filter((t) => !fromModel.has(t));
  if (byRules.length === 0) {
    return { ...decision, reasons: [...reasons, ...run.contributions], source: "llm", confidence: MODEL_TRIGGER_CONFIDENCE };
  }
  const recommendation = run.reading?.recommendation;
  // A model that judged nothing in this run neither agrees nor is overruled.
  if (!run.classified && !recommendation) return decision;
  const modelAgrees =
    (run.classified && triggers.some((t) => run.modelSignals.some((s) => s === t))) ||
    (recommendation !== undefined && recommendation.type !== "no_escalation");
  if (modelAgrees) return { ...decision, reasons: [...reasons, ...run.contributions], source: "hybrid" };
  const verdict = recommendation ? `judged ${recommendation.type}: “${recommendation.reason}”` : "saw no hard trigger";
  return {
    ...decision,
    reasons: [...reasons, `the model ${verdict} (llm); overruled: hard triggers are never downgraded (rules)`],
    source: "rules",
  };
}
