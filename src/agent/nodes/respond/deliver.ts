/**
 * Sends the reply to the customer by email, as the seed's Step 4 does:
 * `Re: <subject>`, threaded under the customer's mail (In-Reply-To and
 * References from the ticket's messageId). One idempotency key per answered
 * customer turn, so re-running the thread never mails the same answer twice
 * while each follow-up gets its own reply.
 */
import type { Notification, Reply } from "../../../domain/triage.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { EscalationStateType } from "../../state.js";
import { isDelivered, toNotification } from "../../../delivery/notification.js";
import type { PlannedNotification } from "../../../delivery/types.js";

/**
 * The delivery's record, or null when there is no address to write to.
 * `key` overrides the idempotency key (a human's replies are numbered apart
 * from the bot's, so both can answer the same customer turn).
 */
export async function deliverReply(
  deps: AgentDependencies,
  state: EscalationStateType,
  ticketId: string,
  reply: Reply,
  key?: string,
): Promise<Notification | null> {
  const ticket = state.ticket ?? {};
  if (!ticket.customerEmail) return null;
  const answeredTurn = state.conversation.filter((t) => t.role === "customer").length;
  const id = key ?? `${ticketId}:reply:${answeredTurn}`;
  const before = (state.customerNotifications ?? []).find((n) => n.id === id);
  if (isDelivered(before)) return before as Notification;

  const planned: PlannedNotification = {
    id,
    kind: "customer_reply",
    target: ticket.customerEmail,
    body: reply.message,
    ticket: {
      id: ticketId,
      ...(ticket.subject ? { subject: ticket.subject } : {}),
      ...(ticket.customerName ? { customerName: ticket.customerName } : {}),
      ...(ticket.messageId ? { messageId: ticket.messageId } : {}),
    },
  };
  return toNotification(planned, await deps.channels.deliver(planned), before);
}
