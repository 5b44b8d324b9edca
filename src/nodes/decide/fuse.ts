/**
 * Fuses a model's escalation recommendation with the rules' deliberate
 * decision. Only in the ambiguous band (overall risk between the thresholds'
 * ambiguousLow and ambiguousHigh, where `deliberate()` says `ambiguous`) does
 * the recommendation count; elsewhere the rules' policy stands and the model
 * shaped only its inputs (signals, priority, risk).
 *
 * In the band:
 * - agreement → `hybrid`: the rules' type, the model's team, the more urgent
 *   of the two urgencies, the higher confidence
 * - disagreement with confidence ≥ MODEL_DECIDES_FROM → `llm`: the model's
 *   type, team and urgency; the rules' proposal is kept in the reasons
 * - a less sure disagreement → `rules`, with the model's view in the reasons
 */
import { SERVICE_LEVELS } from "../../domain/service-levels.js";
import { URGENCIES, type Team, type Urgency } from "../../domain/taxonomy.js";
import type { EscalationRecommendation } from "../../domain/judgement.js";
import type { Decision } from "../../domain/triage.js";
import type { ModelRun } from "../../llm/model-run.js";
import type { RulesDecision } from "../../rules/decision.js";

/** Below this the model is as unsure as the rules in their ambiguous band, and the rules' transparent policy wins. */
export const MODEL_DECIDES_FROM = 0.6;

export interface DecisionFusionInput {
  rules: RulesDecision;
  run: ModelRun | null | undefined;
  /** The model's recommendation for this ticket; null when none was asked for or it failed. */
  recommendation: EscalationRecommendation | null;
  /** A model call needed for this decision failed: the rules answered in its place. */
  fellBack: boolean;
  categoryTeam: Team;
}

export function fuseDecision({ rules, run, recommendation, fellBack, categoryTeam }: DecisionFusionInput): Decision {
  const { ambiguous, ...decision } = rules;
  if (!run) return decision;
  if (fellBack) {
    return { ...decision, source: "fallback", reasons: [...decision.reasons, "the model failed: the rules decided (fallback)"] };
  }
  const shaped = run.contributions;
  if (!ambiguous || !recommendation) {
    return shaped.length > 0 ? { ...decision, source: "hybrid", reasons: [...decision.reasons, ...shaped] } : decision;
  }

  const rec = recommendation;
  const escalates = rec.type !== "no_escalation";
  if (rec.type === decision.type) {
    const urgency = escalates ? moreUrgent(decision.urgency, rec.urgency) : decision.urgency;
    return {
      ...decision,
      targetTeam: escalates ? rec.team : decision.targetTeam,
      urgency,
      expectedResponse: SERVICE_LEVELS[urgency].label,
      confidence: round2(Math.max(decision.confidence, rec.confidence)),
      reasons: [...decision.reasons, `the model agrees: ${rec.reason} (llm)`, ...shaped],
      source: "hybrid",
    };
  }
  if (rec.confidence >= MODEL_DECIDES_FROM) {
    // No escalation waits on nobody: "scheduled" is the rules' own urgency for it.
    const urgency: Urgency = escalates ? rec.urgency : "scheduled";
    return {
      type: rec.type,
      targetTeam: escalates ? rec.team : categoryTeam,
      urgency,
      expectedResponse: SERVICE_LEVELS[urgency].label,
      confidence: round2(rec.confidence),
      reasons: [`${rec.reason} (llm)`, `ambiguous for the rules, which proposed ${decision.type}: ${decision.reasons.join("; ")}`, ...shaped],
      source: "llm",
    };
  }
  return {
    ...decision,
    reasons: [
      ...decision.reasons,
      `the model suggested ${rec.type} at confidence ${rec.confidence.toFixed(2)} < ${MODEL_DECIDES_FROM} (llm): not followed`,
      ...shaped,
    ],
    source: shaped.length > 0 ? "hybrid" : "rules",
  };
}

function moreUrgent(a: Urgency, b: Urgency): Urgency {
  return URGENCIES.indexOf(a) <= URGENCIES.indexOf(b) ? a : b;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
