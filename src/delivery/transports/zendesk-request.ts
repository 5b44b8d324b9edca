/**
 * The Zendesk Tickets API request for a ticket update, as a pure function:
 * the adapter sends it, the outbox writes it. Mapping decisions:
 * - status: the seed's "escalated" is no Zendesk status; it becomes "open"
 *   (a human must act) and the `ai-escalated` tag marks the escalation;
 * - tags: `additional_tags` on update, so the ticket's own tags survive
 *   (a plain `tags` would replace them);
 * - the summary is a private comment (an internal note), never public;
 * - without an external id a ticket is created with `external_id` = our
 *   ticket id, which is also how a later run finds it instead of creating
 *   a second one.
 */
import type { TicketUpdate } from "../compose/ticket-update.js";

export interface ZendeskRequest {
  method: "PUT" | "POST";
  path: string;
  body: { ticket: Record<string, unknown> };
}

const STATUS: Record<TicketUpdate["status"], string> = { escalated: "open" };

/** Routing may name a group or give its numeric id; only an id goes into the API call. */
export function numericGroupId(group: string): number | undefined {
  return /^\d+$/.test(group.trim()) ? Number(group.trim()) : undefined;
}

export function zendeskRequest(update: TicketUpdate, groupId: number | undefined = numericGroupId(update.group)): ZendeskRequest {
  const common = {
    status: STATUS[update.status],
    priority: update.priority,
    ...(groupId !== undefined ? { group_id: groupId } : {}),
    comment: { body: update.internalNote, public: false },
  };
  if (update.externalId !== undefined) {
    return {
      method: "PUT",
      path: `/api/v2/tickets/${encodeURIComponent(update.externalId)}.json`,
      body: { ticket: { ...common, additional_tags: update.tags } },
    };
  }
  return {
    method: "POST",
    path: "/api/v2/tickets.json",
    body: {
      ticket: {
        subject: update.subject,
        external_id: update.ticketId,
        ...(update.requester ? { requester: update.requester } : {}),
        ...common,
        tags: update.tags,
      },
    },
  };
}
