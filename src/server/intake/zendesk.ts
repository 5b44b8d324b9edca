/**
 * Zendesk webhooks as tickets. Two shapes arrive:
 *
 * - a trigger's webhook, whose JSON body the admin writes with placeholders:
 *   `{ "ticket": { "id": "{{ticket.id}}", "subject": …, "description": …,
 *   "latest_comment": …, "requester": { "email": …, "name": … }, "priority": …,
 *   "tags": "{{ticket.tags}}" } }` (see README, Agent console);
 * - a ticket event webhook (`"type": "zen:event-type:ticket.…"`, the ticket
 *   in `detail`, a new comment in `event.comment`).
 *
 * The Zendesk id becomes `externalId` and the thread `ZD-<id>`, so every
 * update of one Zendesk ticket continues one conversation. The latest
 * comment wins over the description: on an update it is the customer's new
 * words (the agent adds it as a turn), on creation it is the description.
 */
import { isRecord } from "../../domain/ticket.js";

export const ZENDESK_TICKET_PREFIX = "ZD-";

export function isZendeskPayload(body: unknown): body is Record<string, unknown> {
  return isZendeskEvent(body) || (isRecord(body) && isRecord(body.ticket) && !("support" in body));
}

function isZendeskEvent(body: unknown): body is Record<string, unknown> & { detail: Record<string, unknown> } {
  return isRecord(body) && typeof body.type === "string" && body.type.startsWith("zen:event-type:ticket.") && isRecord(body.detail);
}

/** Our ticket field → where it came from in the Zendesk payload, for error messages. */
export function zendeskField(field: string, body: unknown): string {
  const root = isZendeskEvent(body) ? "detail" : "ticket";
  const names: Record<string, string> = {
    id: `${root}.id`,
    externalId: `${root}.id`,
    subject: `${root}.subject`,
    description: `${root}.latest_comment or ${root}.description`,
    customerEmail: `${root}.requester.email`,
    customerName: `${root}.requester.name`,
    channel: `${root}.via.channel`,
  };
  return names[field] ?? `${root}.${field}`;
}

/** The Zendesk payload as a ticket candidate for parseTicket (which validates it). */
export function mapZendeskPayload(body: Record<string, unknown>): Record<string, unknown> {
  const event = isZendeskEvent(body);
  const source = (event ? body.detail : body.ticket) as Record<string, unknown>;
  const zendeskId = scalar(source.id);
  const requester = isRecord(source.requester) ? source.requester : {};
  const comment = event ? commentText(isRecord(body.event) ? body.event.comment : undefined) : commentText(source.latest_comment);
  const description = comment ?? text(source.description);
  const tags = tagList(source.tags);
  const channel = isRecord(source.via) ? text(source.via.channel) : text(source.channel);
  return dropUndefined({
    ...(zendeskId !== undefined ? { id: `${ZENDESK_TICKET_PREFIX}${zendeskId}`, externalId: zendeskId } : {}),
    subject: text(source.subject),
    description,
    customerEmail: text(requester.email) ?? text(source.requester_email),
    customerName: text(requester.name) ?? text(source.requester_name),
    customerId: scalar(source.requester_id)?.toString(),
    channel,
    // Kept as unknown fields: the rules engine reads the words, people read these.
    priority: text(source.priority)?.toLowerCase(),
    tags,
    zendeskStatus: text(source.status),
  });
}

function commentText(comment: unknown): string | undefined {
  if (typeof comment === "string") return text(comment);
  if (!isRecord(comment)) return undefined;
  return text(comment.body) ?? text(comment.value) ?? text(comment.plain_body);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function scalar(value: unknown): string | number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return text(value)?.trim();
}

/** `{{ticket.tags}}` renders space-separated; the event API sends an array. */
function tagList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.filter((t): t is string => typeof t === "string");
  const tags = text(value)
    ?.split(/[\s,]+/)
    .filter(Boolean);
  return tags?.length ? tags : undefined;
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
