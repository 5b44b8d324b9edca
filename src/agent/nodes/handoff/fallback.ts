/**
 * The seed's fallback handoff: when a team channel stays down, the
 * escalation channel and address are alerted, with what failed and the
 * context package, so a person hands the ticket over by hand. Keys are
 * stable per handoff, so the alert goes out once however often it re-runs.
 */
import type { RoutingConfig } from "../../../config/routing.js";
import type { Decision, Notification } from "../../../domain/triage.js";
import type { PlannedNotification } from "../../../delivery/types.js";
import type { ContextPackage } from "../../../domain/context-package.js";

export function planFallback(
  ticketId: string,
  decision: Decision,
  routing: RoutingConfig,
  contextPackage: ContextPackage,
  undelivered: Notification[],
): PlannedNotification[] {
  if (undelivered.length === 0) return [];
  const team = routing.teams[decision.targetTeam]?.displayName ?? decision.targetTeam;
  const body = [
    `The handoff of ${ticketId} to ${team} (${decision.type}, ${decision.urgency}) did not reach every channel:`,
    ...undelivered.map((n) => `• ${n.channel} → ${n.target}: ${n.status}${n.error ? ` (${n.error})` : ""}`),
    `Make sure ${team} has the ticket; the customer was told a person responds ${decision.expectedResponse}.`,
    "Undelivered notifications are re-sent by `escalation-agent notifications retry`.",
  ].join("\n");
  const key = (kind: string) => `${ticketId}:${decision.type}:${decision.targetTeam}:${kind}`;
  const ticket = { id: ticketId, subject: contextPackage.ticketInfo.subject };
  return [
    { id: key("fallback_slack"), kind: "fallback_slack", target: routing.escalation.slackChannel, contextPackage, ticket, body },
    { id: key("fallback_email"), kind: "fallback_email", target: routing.escalation.email, contextPackage, ticket, body },
  ];
}
