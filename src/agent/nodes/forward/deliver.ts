/**
 * Passes a customer's new message to whoever owns the ticket, into the Slack
 * thread of the handoff; a message that raised the escalation also goes to
 * the team's mailbox, with the new urgency first (a Slack thread alone is
 * easy to miss). One idempotency key per customer turn and channel, so a
 * re-run forwards nothing twice.
 */
import type { ContextPackage } from "../../../domain/context-package.js";
import type { Notification } from "../../../domain/triage.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { EscalationStateType } from "../../state.js";
import { forwardByEmail, forwardToSlack } from "../../../delivery/notification.js";

export interface ForwardNews {
  /** What the team reads before the customer's words (an upgrade). */
  headline: string;
  /** The context package as it stands with the news, in place of the handoff's. */
  contextPackage: ContextPackage;
}

/** `news`: what the message changed, when it raised the escalation; none for an ordinary follow-up. */
export async function forwardToOwner(deps: AgentDependencies, state: EscalationStateType, news?: ForwardNews): Promise<Notification[]> {
  const handoff = state.handoff;
  const customerTurns = state.conversation.filter((t) => t.role === "customer");
  const latest = customerTurns.at(-1);
  if (!handoff || !latest || !state.ticketId) return [];
  // The same ticket submitted again adds no turn: what the handoff already carried is not news to the owner.
  const handedOver = handoff.contextPackage.conversation.filter((t) => t.role === "customer").length;
  if (customerTurns.length <= handedOver) return [];

  const team = deps.routing.teams[handoff.team];
  const forward = { contextPackage: news?.contextPackage ?? handoff.contextPackage, body: latest.content, owner: state.owner, headline: news?.headline };
  const sends = [{ id: `${state.ticketId}:forward:${customerTurns.length}`, target: team.slackChannel, send: forwardToSlack }];
  if (news) sends.push({ id: `${state.ticketId}:forward-email:${customerTurns.length}`, target: team.email, send: forwardByEmail });

  const sent: Notification[] = [];
  for (const { id, target, send } of sends) {
    const already = handoff.notifications.find((n) => n.id === id);
    if (already && (already.status === "sent" || already.status === "outbox")) continue;
    sent.push(await send(deps.channels, { id, target, ...forward }, already?.attempts ?? 0));
  }
  return sent;
}
