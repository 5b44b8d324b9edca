/**
 * What the human should do first, derived from what the rules engine found.
 * Written for the person picking the ticket up: concrete, in order of
 * urgency, never more than a handful.
 */
import type { EscalationSignal } from "../../../domain/taxonomy.js";
import type { Classification } from "../../../domain/triage.js";

const BY_SIGNAL: Partial<Record<EscalationSignal, string>> = {
  security_incident: "Lock the affected credentials or sessions, then confirm the scope of access with the customer.",
  outage: "Confirm the incident on the status page and link this ticket to it; give the customer an ETA only from the incident lead.",
  data_loss: "Check backups and audit logs for the affected records before promising any restore.",
  legal_threat: "Make no written statement about liability; loop in legal before replying on the threat itself.",
  chargeback: "Check the payment provider for an open dispute before issuing any refund, to avoid paying twice.",
  human_requested: "Reply personally: the customer asked for a person, not another automated answer.",
  repeat_contact: "Read the earlier tickets first and do not ask for information the customer already gave.",
  public_complaint: "Answer with a named owner and a date; a public review is likely if this stalls.",
  churn_risk: "Involve the account owner in customer success; the renewal is at stake.",
  executive_involvement: "Reply at the same level: an executive is following this ticket.",
};

const BY_CATEGORY: Partial<Record<Classification["category"], string>> = {
  billing: "Verify the charges in the billing system against the customer's statements.",
  integration: "Reproduce with the customer's payloads and the documented schema; note the API version in use.",
  technical: "Collect request ids, timestamps and error codes for engineering.",
  bug_report: "Reproduce the bug and file it with steps, version and impact.",
  security: "Follow the security runbook; keep details out of public channels.",
};

export function recommendActions(classification: Classification): string[] {
  const actions = classification.escalationSignals.map((signal) => BY_SIGNAL[signal]).filter((a): a is string => a !== undefined);
  const byCategory = BY_CATEGORY[classification.category];
  if (byCategory) actions.push(byCategory);
  // Five: more than that and the list stops being read.
  return actions.slice(0, 5);
}
