/**
 * Mail about a ticket that is not the handoff: the reply to the customer
 * (threaded under their mail, as `Re: <subject>`) and a customer's new
 * message forwarded to the team that owns the ticket.
 */
import type { ContextPackage } from "../../domain/context-package.js";
import type { EmailMessage } from "../artefact.js";
import type { NotificationTicket, PlannedNotification } from "../types.js";
import { ticketUrl, type ComposeContext } from "./compose-context.js";
import { escapeHtml } from "../../text/html-escape.js";
import { bracketed, headerText, messageIdFor, replySubject } from "./mail-identity.js";

export function composeCustomerReply(notification: PlannedNotification, context: ComposeContext): EmailMessage {
  const ticket = ticketFacts(notification);
  const body = notification.body ?? "";
  const answered = ticket.messageId ? bracketed(ticket.messageId) : undefined;
  return {
    from: context.routing.supportEmail,
    to: notification.target,
    subject: replySubject(ticket.subject),
    text: body,
    html: `<!doctype html>\n<html><body>${body
      .split(/\n{2,}/)
      .map((paragraph) => `<p style="white-space: pre-wrap;">${escapeHtml(paragraph)}</p>`)
      .join("\n")}</body></html>`,
    messageId: messageIdFor(notification.id, context.routing.supportEmail),
    ...(answered ? { inReplyTo: answered, references: [answered] } : {}),
    headers: { "X-Ticket-Id": headerText(ticket.id) },
  };
}

export function composeForwardEmail(notification: PlannedNotification, context: ComposeContext): EmailMessage {
  const ticket = ticketFacts(notification);
  const url = ticketUrl(context, ticket.id);
  const greeting = notification.owner ? `For ${notification.owner}: ` : "";
  const text = [
    notification.headline ?? "",
    `${greeting}the customer wrote again on ${ticket.id} (${ticket.subject ?? "no subject"}):`,
    (notification.body ?? "")
      .split("\n")
      .map((line) => `> ${line}`)
      .join("\n"),
    url ? `Context: ${url}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
  return {
    from: context.routing.supportEmail,
    to: notification.target,
    // An inbox shows the subject only: a raised escalation must be seen there.
    subject: headerText(`[${ticket.id}] ${notification.headline ? `${notification.headline} — ` : "New customer message — "}${ticket.subject ?? ""}`, 250),
    text,
    messageId: messageIdFor(notification.id, context.routing.supportEmail),
    headers: { "X-Ticket-Id": headerText(ticket.id), "X-Escalation-Key": headerText(notification.id, 500) },
  };
}

/** The notification's own ticket facts win; the context package fills the gaps. */
export function ticketFacts(notification: PlannedNotification): NotificationTicket {
  const info: Partial<ContextPackage["ticketInfo"]> = notification.contextPackage?.ticketInfo ?? {};
  const own = notification.ticket;
  const pick = <T>(a: T | undefined, b: T | undefined) => a ?? b;
  const facts: NotificationTicket = { id: own?.id ?? info.id ?? notification.id };
  const subject = pick(own?.subject, info.subject);
  const customerName = pick(own?.customerName, notification.contextPackage?.customerContext.name);
  const messageId = pick(own?.messageId, info.messageId);
  const slackThreadId = pick(own?.slackThreadId, info.slackThreadId);
  return {
    ...facts,
    ...(subject !== undefined ? { subject } : {}),
    ...(customerName !== undefined ? { customerName } : {}),
    ...(messageId !== undefined ? { messageId } : {}),
    ...(slackThreadId !== undefined ? { slackThreadId } : {}),
  };
}
