/**
 * The handoff as a ticketing system sees it, independent of the vendor:
 * the seed's status, priority, group, tags and internal note. Adapters
 * (src/delivery/transports/zendesk.ts) translate it into their API.
 */
import { EXTERNAL_PRIORITY } from "../../domain/service-levels.js";
import type { ContextPackage } from "../../domain/context-package.js";
import type { PlannedNotification } from "../types.js";
import { teamName, ticketUrl, type ComposeContext } from "./compose-context.js";
import { sectionsAsText, summarySections } from "./summary.js";

export interface TicketUpdate {
  /** Our ticket id; becomes the external ticket's external_id when one is created. */
  ticketId: string;
  /** The ticket in the external system; absent means the adapter creates one. */
  externalId?: string;
  subject: string;
  requester?: { email: string; name?: string };
  /** The seed's status; adapters map it (Zendesk has no "escalated"). */
  status: "escalated";
  priority: (typeof EXTERNAL_PRIORITY)[keyof typeof EXTERNAL_PRIORITY];
  /** Group name or numeric group id (routing ticketingGroup). */
  group: string;
  tags: string[];
  /** Private note for agents, never shown to the customer. */
  internalNote: string;
  /** Ends the internal note, so a later run can find the note and not write it twice. */
  idempotencyKey: string;
}

/** The note's last line; searched for when an earlier attempt's outcome is unknown. */
export function noteMarker(idempotencyKey: string): string {
  return `Handoff key: ${idempotencyKey}`;
}

export function composeTicketUpdate(notification: PlannedNotification, pkg: ContextPackage, context: ComposeContext): TicketUpdate {
  const team = teamName(context, pkg.escalation.team);
  const url = ticketUrl(context, pkg.ticketInfo.id);
  const externalId = pkg.ticketInfo.externalId;
  const customer = pkg.customerContext;
  return {
    ticketId: pkg.ticketInfo.id,
    ...(externalId !== undefined ? { externalId: String(externalId) } : {}),
    subject: pkg.ticketInfo.subject,
    ...(customer.email ? { requester: { email: customer.email, ...(customer.name ? { name: customer.name } : {}) } } : {}),
    status: "escalated",
    priority: EXTERNAL_PRIORITY[pkg.issueAnalysis.priority],
    group: context.routing.teams[pkg.escalation.team]?.ticketingGroup ?? team,
    tags: ["ai-escalated", `escalation-${pkg.escalation.urgency}`, pkg.escalation.type],
    internalNote: ["AI Agent Escalation Summary", url ? `Context: ${url}` : "", sectionsAsText(summarySections(pkg, team)), noteMarker(notification.id)]
      .filter(Boolean)
      .join("\n\n"),
    idempotencyKey: notification.id,
  };
}
