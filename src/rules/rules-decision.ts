/**
 * What the rules engine's escalation decision is made of: the input it
 * deliberates on, the decision it answers, and the one way a decision is
 * built (rounded confidence, the service level's wording).
 */
import { SERVICE_LEVELS } from "../domain/service-levels.js";
import type { CustomerTier, DecisionType, Team, Urgency } from "../domain/taxonomy.js";
import type { Analysis, Classification, Decision } from "../domain/triage.js";
import type { PolicyThresholds } from "./thresholds.js";

export interface DecisionInput {
  classification: Classification;
  analysis: Analysis;
  tier: CustomerTier;
  escalationHistoryCount: number;
  /** The team that owns the ticket's category (routing config). */
  categoryTeam: Team;
  thresholds: PolicyThresholds;
  /**
   * True when a model read this ticket's text in this run (src/agent/nodes/decide
   * sets it from the run's model record). Then a language the rules engine
   * cannot read is no reason to hand the ticket over: the model read it, and
   * whatever the rules conclude from the model-fused classification is marked
   * ambiguous so the model's recommendation judges it (src/agent/nodes/decide/fuse.ts).
   * Left out, the rules assume they read alone and hand such a ticket to a person.
   */
  textReadByModel?: boolean;
}

export interface RulesDecision extends Decision {
  /** True when overall risk sits in the band where the rules are least sure. */
  ambiguous: boolean;
  /**
   * "unknown" when the ticket is in a language the rules engine cannot read:
   * whatever they decided rests on no reading of the text, so it is neither
   * evidence of calm nor agreement with a model (src/agent/nodes/decide/fuse.ts).
   * Absent when the rules read the text.
   */
  reading?: "unknown";
}

export function decision(type: DecisionType, targetTeam: Team, urgency: Urgency, reasons: string[], confidence: number, ambiguous: boolean): RulesDecision {
  return {
    type,
    targetTeam,
    urgency,
    reasons,
    confidence: Math.round(confidence * 100) / 100,
    source: "rules",
    expectedResponse: SERVICE_LEVELS[urgency].label,
    ambiguous,
  };
}
