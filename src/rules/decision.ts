/**
 * The rules engine's escalation decision. Immediate escalations are decided
 * from the hard triggers alone (see immediate.ts); everything else goes
 * through a short, ordered policy a support lead can read top to bottom:
 * relationship risk → management, expertise → specialist, residual risk →
 * scheduled, otherwise the bot handles it.
 */
import { SERVICE_LEVELS } from "../domain/service-levels.js";
import {
  priorityRank,
  type CustomerTier,
  type DecisionType,
  type EscalationSignal,
  type Team,
  type Urgency,
} from "../domain/taxonomy.js";
import type { Analysis, Classification, Decision } from "../domain/triage.js";
import { immediateTeam } from "./immediate.js";
import type { PolicyThresholds } from "./thresholds.js";

export interface DecisionInput {
  classification: Classification;
  analysis: Analysis;
  tier: CustomerTier;
  escalationHistoryCount: number;
  /** The team that owns the ticket's category (routing config). */
  categoryTeam: Team;
  thresholds: PolicyThresholds;
}

export interface RulesDecision extends Decision {
  /** True when overall risk sits in the band where the rules are least sure. */
  ambiguous: boolean;
}

const RELATIONSHIP_SIGNALS: readonly EscalationSignal[] = [
  "repeat_contact",
  "churn_risk",
  "public_complaint",
  "executive_involvement",
];
const HIGH_VALUE_TIERS: readonly CustomerTier[] = ["enterprise", "vip", "at_risk"];
const SPECIALIST_CATEGORIES = ["technical", "integration", "bug_report", "security"];
/** Management escalations go to the people who can make exceptions. */
const MANAGEMENT_TEAM: Team = "senior_support";

function decision(
  type: DecisionType,
  targetTeam: Team,
  urgency: Urgency,
  reasons: string[],
  confidence: number,
  ambiguous: boolean,
): RulesDecision {
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

/** Decision for a ticket with hard triggers; no deliberation needed. */
export function immediateDecision(input: Pick<DecisionInput, "classification" | "analysis" | "categoryTeam">): RulesDecision {
  const signals = input.classification.escalationSignals;
  const team = immediateTeam(signals, input.categoryTeam);
  const reasons = input.analysis.immediateEscalation.reasons.map((r) => `hard trigger: ${r} (rules)`);
  // 0.95: the trigger patterns are precise; the residual 5% is a misread
  // sentence, which a human catches at once at no cost to the customer.
  return decision("immediate_escalation", team, "immediate", reasons, 0.95, false);
}

export function deliberate(input: DecisionInput): RulesDecision {
  const { classification, analysis, tier, thresholds } = input;
  const { risk, frustration, complexityScores } = analysis;
  const signals = classification.escalationSignals;
  const ambiguous = risk.overall >= thresholds.ambiguousLow && risk.overall <= thresholds.ambiguousHigh;
  const urgentish = priorityRank(classification.priority) >= priorityRank("urgent");

  // A conversation that ended well stays with the bot, whatever was said on
  // the way (hard triggers never reach this function).
  if (analysis.trend.pattern === "settled") {
    return decision("no_escalation", input.categoryTeam, "scheduled", [`${analysis.trend.reason} (rules)`], 0.8, ambiguous);
  }

  const relationship = signals.filter((s) => RELATIONSHIP_SIGNALS.includes(s));
  if (relationship.length > 0) {
    const heat = frustration >= thresholds.managementFrustration;
    const valuable = HIGH_VALUE_TIERS.includes(tier);
    const history = input.escalationHistoryCount > 0;
    if (heat || valuable || history) {
      const why = [
        `relationship risk: ${relationship.join(", ")} (rules)`,
        heat ? `frustration ${frustration} ≥ ${thresholds.managementFrustration}` : null,
        valuable ? `${tier} customer` : null,
        history ? `${input.escalationHistoryCount} earlier escalation(s)` : null,
      ].filter((r): r is string => r !== null);
      // More independent reasons, more certainty: 0.7 for one, up to 0.95.
      const confidence = Math.min(0.95, 0.55 + 0.1 * why.length + 0.05 * relationship.length);
      return decision("management_escalation", MANAGEMENT_TEAM, "urgent", why, confidence, false);
    }
    // A relationship signal without heat or stakes: someone from the owning
    // team should reach out, but not urgently.
    const team = relationship.includes("churn_risk") ? "customer_success" : input.categoryTeam;
    return decision(
      "scheduled_escalation",
      team,
      "scheduled",
      [`relationship signal: ${relationship.join(", ")} (rules), customer calm`],
      0.65,
      ambiguous,
    );
  }

  if (analysis.trend.escalates) {
    const heat = frustration >= thresholds.managementFrustration || HIGH_VALUE_TIERS.includes(tier);
    return heat
      ? decision("management_escalation", MANAGEMENT_TEAM, "urgent", [`${analysis.trend.reason} (rules)`, `frustration ${frustration}`], 0.75, false)
      : decision("scheduled_escalation", input.categoryTeam, "standard", [`${analysis.trend.reason} (rules)`], 0.7, ambiguous);
  }

  const needsExpert =
    classification.complexity === "expert_required" ||
    (classification.complexity === "complex" && SPECIALIST_CATEGORIES.includes(classification.category)) ||
    complexityScores.technical >= thresholds.specialistTechnical;
  if (needsExpert) {
    const urgency: Urgency = urgentish ? "urgent" : classification.priority === "high" ? "standard" : "scheduled";
    const margin = (complexityScores.technical - thresholds.specialistTechnical) / 40;
    return decision(
      "specialist_escalation",
      input.categoryTeam,
      urgency,
      [
        `${classification.complexity} ${classification.category} issue (rules)`,
        `technical complexity ${complexityScores.technical} (specialist at ${thresholds.specialistTechnical})`,
      ],
      0.7 + Math.max(0, Math.min(0.25, margin)),
      ambiguous,
    );
  }

  if (risk.overall >= thresholds.scheduledRisk || urgentish) {
    return decision(
      "scheduled_escalation",
      input.categoryTeam,
      urgentish ? "urgent" : "scheduled",
      [`overall risk ${risk.overall} ≥ ${thresholds.scheduledRisk} (rules)`],
      0.6 + Math.min(0.3, (risk.overall - thresholds.scheduledRisk) / 100),
      ambiguous,
    );
  }

  // Confidence grows with the distance below the scheduling threshold.
  const distance = (thresholds.scheduledRisk - risk.overall) / thresholds.scheduledRisk;
  return decision(
    "no_escalation",
    input.categoryTeam,
    "scheduled",
    [`overall risk ${risk.overall} below ${thresholds.scheduledRisk}, no escalation trigger (rules)`],
    0.6 + Math.min(0.35, distance * 0.5),
    ambiguous,
  );
}
