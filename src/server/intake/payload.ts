/**
 * Turns a POST /tickets body into a validated ticket: the CLI's shapes (a
 * bare ticket or `{ support: { ticket } }`) or a Zendesk webhook. Problems
 * come back as parseTicket's issues, naming the field the caller sent.
 */
import { parseTicket, type Ticket, type TicketIssue } from "../../domain/ticket.js";
import { isZendeskPayload, mapZendeskPayload, zendeskField } from "./zendesk.js";

export type IntakeParse = { ok: true; ticket: Ticket; source: "ticket" | "zendesk" } | { ok: false; issues: TicketIssue[] };

export function parseIntakeTicket(body: unknown): IntakeParse {
  if (isZendeskPayload(body)) {
    const parsed = parseTicket(mapZendeskPayload(body));
    if (parsed.ok) return { ...parsed, source: "zendesk" };
    return { ok: false, issues: parsed.issues.map((issue) => ({ ...issue, field: zendeskField(issue.field, body) })) };
  }
  const parsed = parseTicket(body);
  return parsed.ok ? { ...parsed, source: "ticket" } : parsed;
}
