/**
 * The thread and the relationship: a conversation that ended well stays
 * with the bot; relationship risk with heat or stakes goes to management,
 * without them to the owning team (unless the ticket reader reads the
 * conversation as routine); a thread that jumped, rose or circles goes to a
 * person.
 */
import type { CustomerTier, EscalationSignal, Team } from "../../domain/taxonomy.js";
import { decision, type DecisionInput } from "../rules-decision.js";
import type { PolicyBranch, PolicyContext } from "./context.js";

/** Exported for the learning guard (src/learning/harm.ts), which treats these as harm evidence. */
export const RELATIONSHIP_SIGNALS: readonly EscalationSignal[] = ["repeat_contact", "churn_risk", "public_complaint", "executive_involvement"];
export const HIGH_VALUE_TIERS: readonly CustomerTier[] = ["enterprise", "vip", "at_risk"];
/** Management escalations go to the people who can make exceptions. */
const MANAGEMENT_TEAM: Team = "senior_support";

/** A conversation that ended well stays with the bot, whatever was said on the way (hard triggers never reach the policy). */
export const settledThread: PolicyBranch = ({ input, ambiguous }) =>
  input.analysis.trend.pattern === "settled"
    ? decision("no_escalation", input.categoryTeam, "scheduled", [`${input.analysis.trend.reason} (rules)`], 0.8, ambiguous)
    : null;

/** The relationship signals a ticket raised, and whether anything gives them weight: heat, a valuable tier, earlier escalations. */
function relationshipOf(input: DecisionInput) {
  const { analysis, tier, thresholds } = input;
  const signals = input.classification.escalationSignals.filter((s) => RELATIONSHIP_SIGNALS.includes(s));
  const heat = analysis.frustration >= thresholds.managementFrustration;
  const valuable = HIGH_VALUE_TIERS.includes(tier);
  const history = input.escalationHistoryCount > 0;
  return { signals, heat, valuable, history, calm: signals.length > 0 && !heat && !valuable && !history };
}

/**
 * A calm customer's relationship signals ("how do I cancel the two extra seats?", "third time I ask: where is
 * the export button?"), when the ticket reader reads the whole conversation as routine: a pattern's guess that
 * someone should reach out, which tickets like this did not need (evals/RESULTS.md, fourteenth pass).
 */
export function unconfirmedRelationship({ input, routine }: PolicyContext): EscalationSignal[] {
  const relationship = relationshipOf(input);
  return routine && relationship.calm ? relationship.signals : [];
}

export const relationshipRisk: PolicyBranch = (context) => {
  const { input, ambiguous } = context;
  const { analysis, tier, thresholds } = input;
  const { signals: relationship, heat, valuable, history, calm } = relationshipOf(input);
  if (relationship.length === 0 || unconfirmedRelationship(context).length > 0) return null;
  if (!calm) {
    const why = [
      `relationship risk: ${relationship.join(", ")} (rules)`,
      heat ? `frustration ${analysis.frustration} ≥ ${thresholds.managementFrustration}` : null,
      valuable ? `${tier} customer` : null,
      history ? `${input.escalationHistoryCount} earlier escalation(s)` : null,
    ].filter((r): r is string => r !== null);
    // More independent reasons, more certainty: 0.7 for one, up to 0.95.
    const confidence = Math.min(0.95, 0.55 + 0.1 * why.length + 0.05 * relationship.length);
    return decision("management_escalation", MANAGEMENT_TEAM, "urgent", why, confidence, false);
  }
  // A relationship signal without heat or stakes: someone from the owning team should reach out, but not urgently.
  const team = relationship.includes("churn_risk") ? "customer_success" : input.categoryTeam;
  return decision("scheduled_escalation", team, "scheduled", [`relationship signal: ${relationship.join(", ")} (rules), customer calm`], 0.65, ambiguous);
};

/** A thread whose frustration jumped or rose, or that circles back to the same question. */
export const troubledThread: PolicyBranch = ({ input, ambiguous }) => {
  const { analysis, tier, thresholds } = input;
  if (!analysis.trend.escalates) return null;
  const heat = analysis.frustration >= thresholds.managementFrustration || HIGH_VALUE_TIERS.includes(tier);
  return heat
    ? decision("management_escalation", MANAGEMENT_TEAM, "urgent", [`${analysis.trend.reason} (rules)`, `frustration ${analysis.frustration}`], 0.75, false)
    : decision("scheduled_escalation", input.categoryTeam, "standard", [`${analysis.trend.reason} (rules)`], 0.7, ambiguous);
};
