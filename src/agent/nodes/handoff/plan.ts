/**
 * Which notifications a handoff sends, each under an idempotency key that
 * is stable for the same thread, decision and team: re-running the thread
 * finds the key already delivered and sends nothing new, while a later,
 * different escalation (another team, another type) is announced afresh.
 */
import type { RoutingConfig } from "../../../config/routing.js";
import type { Decision } from "../../../domain/triage.js";
import type { PlannedNotification } from "../../../delivery/types.js";
import type { ContextPackage } from "../../../domain/context-package.js";

export function planNotifications(ticketId: string, decision: Decision, routing: RoutingConfig, contextPackage: ContextPackage): PlannedNotification[] {
  const team = routing.teams[decision.targetTeam];
  const key = (kind: string) => `${ticketId}:${decision.type}:${decision.targetTeam}:${kind}`;
  return [
    { id: key("team_email"), kind: "team_email", target: team.email, contextPackage },
    { id: key("slack"), kind: "slack", target: team.slackChannel, contextPackage },
    {
      id: key("ticketing"),
      kind: "ticketing",
      target: String(contextPackage.ticketInfo.externalId ?? ticketId),
      contextPackage,
    },
  ];
}
