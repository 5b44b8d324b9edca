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
 *
 * The decision's confidence is always the deciding side's, never the higher
 * of the two: agreement keeps the rules' decision and so their confidence.
 *
 * A ticket the rules cannot read (`reading: "unknown"`) is different: their
 * risk-based "no" there means they saw nothing, so it is neither calm nor
 * agreement. The floor is a scheduled escalation to a person who reads it; a
 * model's escalation may replace it, a model's no_escalation only when the
 * model quoted the customer's question from the ticket.
 */
import { SERVICE_LEVELS } from "../../../domain/service-levels.js";
import { URGENCIES, type Team, type Urgency } from "../../../domain/taxonomy.js";
import type { EscalationRecommendation } from "../../../domain/judgement.js";
import type { Decision } from "../../../domain/triage.js";
import type { ModelRun } from "../../../llm/model-run.js";
import type { RulesDecision } from "../../../rules/rules-decision.js";

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
  const { ambiguous, reading, ...proposed } = rules;
  if (!run) return proposed;
  if (fellBack) {
    return { ...proposed, source: "fallback", reasons: [...proposed.reasons, "the model failed: the rules decided (fallback)"] };
  }
  const shaped = run.contributions;
  // Only when a model read the text does the rules' own question rule (src/rules/decision.ts) step aside.
  const unread = reading === "unknown" && (run.classified || run.reading !== null);
  // Unread, the rules' "no" is no reading at all: a person who reads the language is the floor.
  const decision = unread && proposed.type === "no_escalation" ? personReads(proposed, categoryTeam) : proposed;
  if (!ambiguous || !recommendation) {
    return shaped.length > 0 ? { ...decision, source: "hybrid", reasons: [...decision.reasons, ...shaped] } : decision;
  }

  const rec = recommendation;
  const escalates = rec.type !== "no_escalation";
  if (unread && !escalates) return unreadNoEscalation(decision, rec, run, shaped, categoryTeam);
  if (rec.type === decision.type) {
    const urgency = escalates ? moreUrgent(decision.urgency, rec.urgency) : decision.urgency;
    return {
      ...decision,
      targetTeam: escalates ? rec.team : decision.targetTeam,
      urgency,
      expectedResponse: SERVICE_LEVELS[urgency].label,
      // The rules' decision stands, confirmed: its confidence is theirs.
      confidence: decision.confidence,
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

/** The rules' floor for a ticket they cannot read: a person who can, within the standard window. */
function personReads(decision: Decision, categoryTeam: Team): Decision {
  return {
    ...decision,
    type: "scheduled_escalation",
    targetTeam: categoryTeam,
    urgency: "standard",
    expectedResponse: SERVICE_LEVELS.standard.label,
    // 0.5: a coin toss on the content; the escalation is for the reading (as in src/rules/decision.ts).
    confidence: 0.5,
    reasons: ["the rules engine cannot read the ticket's language: a person who can reads it (rules)", ...decision.reasons],
  };
}

/**
 * A model's no_escalation on a ticket the rules cannot read: it decides only
 * with the customer's question quoted from the ticket; otherwise the rules'
 * escalation (at least the person who reads it) stands.
 */
function unreadNoEscalation(decision: Decision, rec: EscalationRecommendation, run: ModelRun, shaped: string[], categoryTeam: Team): Decision {
  const question = run.question ?? null;
  if (question && rec.confidence >= MODEL_DECIDES_FROM) {
    return {
      type: "no_escalation",
      targetTeam: categoryTeam,
      urgency: "scheduled",
      expectedResponse: SERVICE_LEVELS.scheduled.label,
      confidence: round2(rec.confidence),
      reasons: [
        `${rec.reason} (llm)`,
        `only a question: "${question}" (llm, quoted from the ticket)`,
        `the rules cannot read the language and proposed ${decision.type}: ${decision.reasons.join("; ")}`,
        ...shaped,
      ],
      source: "llm",
    };
  }
  return {
    ...decision,
    reasons: [
      ...decision.reasons,
      `the model judged no_escalation at confidence ${rec.confidence.toFixed(2)} (${rec.reason}); overruled: the rules cannot read the language and the model quoted no question, so the escalation stands (rules)`,
      ...shaped,
    ],
    source: "rules",
  };
}

function moreUrgent(a: Urgency, b: Urgency): Urgency {
  return URGENCIES.indexOf(a) <= URGENCIES.indexOf(b) ? a : b;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
