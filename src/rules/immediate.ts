/**
 * Hard escalation triggers. A ticket with one of these goes straight to a
 * human: no deliberation, no model vote. The team is picked by the most
 * actionable trigger (a service to restore beats a threat to answer).
 */
import { HARD_TRIGGERS, type EscalationSignal, type Team } from "../domain/taxonomy.js";
import { decision, type DecisionInput, type RulesDecision } from "./rules-decision.js";

/** Precedence: who must act first when several triggers fire together. */
const TRIGGER_TEAM: ReadonlyArray<[EscalationSignal, Team | "category"]> = [
  ["security_incident", "security_team"],
  ["outage", "engineering"],
  ["data_loss", "engineering"],
  ["chargeback", "finance"],
  ["legal_threat", "senior_support"],
  ["human_requested", "category"],
];

export interface ImmediateEscalation {
  required: boolean;
  reasons: string[];
}

export function findImmediateEscalation(signals: readonly EscalationSignal[]): ImmediateEscalation {
  const reasons = HARD_TRIGGERS.filter((trigger) => signals.includes(trigger));
  return { required: reasons.length > 0, reasons: [...reasons] };
}

/** The team for an immediate escalation; `categoryTeam` when only a human was asked for. */
export function immediateTeam(signals: readonly EscalationSignal[], categoryTeam: Team): Team {
  for (const [signal, team] of TRIGGER_TEAM) {
    if (signals.includes(signal)) return team === "category" ? categoryTeam : team;
  }
  return categoryTeam;
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
