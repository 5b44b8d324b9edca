/**
 * Priority as a support lead would set it: a ladder from the most expensive
 * situations down, so every priority comes with the rule that set it.
 */
import type { CustomerTier, EscalationSignal, IssueType, Priority, UrgencyIndicator } from "../domain/taxonomy.js";

export interface PriorityInput {
  signals: readonly EscalationSignal[];
  indicators: readonly UrgencyIndicator[];
  frustration: number;
  tier: CustomerTier;
  issueType: IssueType;
  category: string;
  /** The latest customer message, for the customer's own word on urgency; optional for callers without text. */
  text?: string;
}

export interface PriorityAssessment {
  priority: Priority;
  reason: string;
}

/** Incidents: something is broken or exposed right now. */
const INCIDENTS: readonly EscalationSignal[] = ["outage", "security_incident", "data_loss"];
/** Threats to money or the relationship that a human must answer today. */
const URGENT_SIGNALS: readonly EscalationSignal[] = [...INCIDENTS, "legal_threat", "chargeback"];
const HIGH_SIGNALS: readonly EscalationSignal[] = ["repeat_contact", "churn_risk", "public_complaint", "executive_involvement"];
const IMPACT: readonly UrgencyIndicator[] = ["business_impacting", "revenue_affecting", "many_users_affected"];
const HIGH_VALUE_TIERS: readonly CustomerTier[] = ["enterprise", "vip"];
/**
 * Whose reported problems are high priority by default: key accounts, and
 * accounts customer success has already flagged as likely to leave (for
 * them a defect left to the bot is the reason they go).
 */
const PROBLEM_IS_HIGH_TIERS: readonly CustomerTier[] = [...HIGH_VALUE_TIERS, "at_risk"];

/**
 * The customer's own word that it can wait ("Minor:", "no rush", "not
 * urgent"), in the four languages. It only lowers what nothing else raised:
 * signals and impact indicators come first in the ladder, because calm
 * customers understate real incidents ("small thing, maybe: …").
 */
const SAYS_IT_CAN_WAIT =
  /(?:^|\n)\s*minor\s*[:,-]|(?<![\p{L}])(?:minor (?:issue|bug|thing|glitch|problem)|cosmetic|no rush|not urgent|no urgency|nothing urgent|kein(?:e)? eile|nicht dringend|sin prisa|no es urgente|nada urgente|pas urgent|rien d['’]urgent|pas pressé)(?![\p{L}])/iu;

export function assessPriority(input: PriorityInput): PriorityAssessment {
  const { signals, indicators, frustration, tier, issueType, category } = input;
  const canWait = input.text !== undefined && SAYS_IT_CAN_WAIT.test(input.text);
  const has = (list: readonly string[], values: readonly string[]) => values.some((v) => list.includes(v));
  const incident = signals.find((s) => INCIDENTS.includes(s));
  const impact = indicators.find((i) => IMPACT.includes(i));

  if (incident && (impact || HIGH_VALUE_TIERS.includes(tier))) {
    return { priority: "critical", reason: `${incident} with business impact (${impact ?? `${tier} customer`})` };
  }
  const urgent = signals.find((s) => URGENT_SIGNALS.includes(s));
  if (urgent) return { priority: "urgent", reason: `${urgent} needs a human today` };

  const high = signals.find((s) => HIGH_SIGNALS.includes(s));
  if (high) return { priority: "high", reason: `${high} puts the relationship at risk` };
  // 70: the point where the reading says "angry", not "annoyed"; see emotion/.
  if (frustration >= 70) return { priority: "high", reason: `frustration ${frustration}/100` };
  if (impact) return { priority: "high", reason: `${impact} reported` };
  if (has(indicators, ["deadline"]) && issueType === "problem") {
    return { priority: "high", reason: "a problem with a deadline" };
  }
  if (PROBLEM_IS_HIGH_TIERS.includes(tier) && (issueType === "problem" || issueType === "complaint") && !canWait) {
    return { priority: "high", reason: `${tier} customer reports a problem` };
  }
  // Nothing above raised it and the customer says it can wait: believe them.
  // 30: the same "calm" line as below; an angry "no rush!!!" is sarcasm.
  if (canWait && frustration < 30) return { priority: "low", reason: "the customer says it can wait" };

  // 30: below this the customer is calm; a calm question or wish can wait a day.
  const calm = frustration < 30;
  if (calm && (category === "feature_request" || issueType === "compliment")) {
    return { priority: "low", reason: "a calm request with no impact" };
  }
  if (calm && issueType === "question" && tier === "free") {
    return { priority: "low", reason: "a calm how-to question" };
  }
  return { priority: "medium", reason: "a routine issue" };
}
