/**
 * The handoff mail to the target team (cc the escalation address), and the
 * fallback alert to the escalation address: readable text and HTML bodies
 * and the whole context package as a JSON attachment.
 */
import type { ContextPackage } from "../../domain/context-package.js";
import type { EmailMessage } from "../artefact.js";
import type { PlannedNotification } from "../types.js";
import { teamName, ticketUrl, type ComposeContext } from "./compose-context.js";
import { renderHtmlMail } from "./html.js";
import { headerText, messageIdFor, safeFileName } from "./mail-identity.js";
import { sectionsAsText, summarySections } from "./summary.js";

const SIGNATURE = "— Support escalation agent";

export function composeTeamEmail(notification: PlannedNotification, pkg: ContextPackage, context: ComposeContext): EmailMessage {
  const { routing } = context;
  const ticket = pkg.ticketInfo;
  const urgency = pkg.escalation.urgency;
  const team = teamName(context, pkg.escalation.team);
  const sections = summarySections(pkg, team);
  const url = ticketUrl(context, ticket.id);
  const heading = `Escalated support ticket for ${team} — ${urgency.toUpperCase()}, pick up ${pkg.escalation.expectedResponse}`;
  const attachmentNote = `The complete context package is attached as ${attachmentName(ticket.id)}.`;
  return {
    from: routing.supportEmail,
    to: notification.target,
    cc: [routing.escalation.email].filter((cc) => cc !== notification.target),
    subject: headerText(`[ESCALATION][${urgency.toUpperCase()}] ${ticket.id} — ${ticket.subject}`, 250),
    text: [heading, url ? `Context: ${url}` : "", sectionsAsText(sections), attachmentNote, SIGNATURE].filter(Boolean).join("\n\n"),
    html: renderHtmlMail({
      heading,
      intro: [],
      sections,
      footer: [attachmentNote, SIGNATURE],
      ...(url ? { link: { href: url, label: "Open the full context" } } : {}),
    }),
    messageId: messageIdFor(notification.id, routing.supportEmail),
    headers: escalationHeaders(notification.id, ticket.id, urgency),
    attachments: [contextAttachment(pkg)],
  };
}

/** The seed's performFallbackHandoff mail: what failed, and the context so nobody has to dig for it. */
export function composeFallbackEmail(notification: PlannedNotification, pkg: ContextPackage | undefined, context: ComposeContext): EmailMessage {
  const { routing } = context;
  const ticketId = pkg?.ticketInfo.id ?? notification.ticket?.id ?? notification.id;
  const subject = pkg?.ticketInfo.subject ?? notification.ticket?.subject ?? "";
  const sections = pkg ? summarySections(pkg, teamName(context, pkg.escalation.team)) : [];
  const heading = `ESCALATION SYSTEM FAILURE — manual intervention required for ${ticketId}`;
  const body = notification.body ?? "The agent could not deliver the handoff.";
  const url = ticketUrl(context, ticketId);
  return {
    from: routing.supportEmail,
    to: notification.target,
    subject: headerText(`[ESCALATION SYSTEM FAILURE] ${ticketId} — ${subject}`, 250),
    text: [heading, body, url ? `Context: ${url}` : "", sectionsAsText(sections), SIGNATURE].filter(Boolean).join("\n\n"),
    html: renderHtmlMail({
      heading,
      intro: body.split("\n").filter(Boolean),
      sections,
      footer: [SIGNATURE],
      ...(url ? { link: { href: url, label: "Open the full context" } } : {}),
    }),
    messageId: messageIdFor(notification.id, routing.supportEmail),
    headers: escalationHeaders(notification.id, ticketId, "immediate"),
    ...(pkg ? { attachments: [contextAttachment(pkg)] } : {}),
  };
}

export function attachmentName(ticketId: string): string {
  return `handoff-context-${safeFileName(ticketId)}.json`;
}

function contextAttachment(pkg: ContextPackage) {
  return { filename: attachmentName(pkg.ticketInfo.id), content: JSON.stringify(pkg, null, 2), contentType: "application/json" };
}

function escalationHeaders(key: string, ticketId: string, urgency: string): Record<string, string> {
  return {
    "X-Escalation-Key": headerText(key, 500),
    "X-Ticket-Id": headerText(ticketId),
    ...(urgency === "immediate" || urgency === "urgent" ? { Importance: "high", "X-Priority": "1" } : {}),
  };
}
