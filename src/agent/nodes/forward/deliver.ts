/**
 * Passes a customer's new message to whoever owns the ticket: into the
 * Slack thread of the handoff and to the team's mailbox. One idempotency key
 * per customer turn, so a re-run forwards nothing twice.
 */
import type { Notification } from "../../../domain/triage.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { EscalationStateType } from "../../state.js";
import { forwardToSlack } from "../../../delivery/notification.js";

export async function forwardToOwner(deps: AgentDependencies, state: EscalationStateType): Promise<Notification | null> {
  const handoff = state.handoff;
  const customerTurns = state.conversation.filter((t) => t.role === "customer");
  const latest = customerTurns.at(-1);
  if (!handoff || !latest || !state.ticketId) return null;
  // The same ticket submitted again adds no turn: what the handoff already carried is not news to the owner.
  const handedOver = handoff.contextPackage.conversation.filter((t) => t.role === "customer").length;
  if (customerTurns.length <= handedOver) return null;

  const id = `${state.ticketId}:forward:${customerTurns.length}`;
  const already = handoff.notifications.find((n) => n.id === id);
  if (already && (already.status === "sent" || already.status === "outbox")) return null;

  const team = deps.routing.teams[handoff.team];
  return forwardToSlack(
    deps.channels,
    { id, target: team.slackChannel, contextPackage: handoff.contextPackage, body: latest.content, owner: state.owner },
    already?.attempts ?? 0,
  );
}
