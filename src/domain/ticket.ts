/**
 * The support ticket as it enters the agent: validated with zod, unknown
 * fields kept (helpdesks send more than we read, and nothing the user gave
 * may be lost), and accepted either bare or in the seed's
 * `{ "support": { "ticket": {…} } }` envelope.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { CustomerTier } from "./taxonomy.js";

const text = (max: number) => z.string().max(max);

export const TicketSchema = z
  .looseObject({
    /** Helpdesk or caller id; generated as `TICK-<time>-<random>` when absent. */
    id: z.string().trim().min(1, "must not be empty").max(200).optional(),
    subject: text(2_000).optional(),
    /** The customer's message. Either `description` or `message` is required. */
    description: text(2_000_000).optional(),
    message: text(2_000_000).optional(),
    customerEmail: z.email("must be an email address").optional(),
    customerName: text(500).optional(),
    /** Where the ticket came from: email, chat, phone, web, slack… */
    channel: text(100).optional(),
    customerId: text(200).optional(),
    customerTier: CustomerTier.optional(),
    /** Yearly account value in the account's currency. */
    accountValue: z.number().finite().nonnegative("must be zero or more").optional(),
    previousTicketCount: z.number().int("must be a whole number").nonnegative("must be zero or more").optional(),
    supportHistory: z.array(z.string()).optional(),
    escalationHistory: z.array(z.string()).optional(),
    /** The ticket's id in the external ticketing system (e.g. Zendesk). */
    externalId: z.union([z.string(), z.number()]).optional(),
    /** Slack thread to continue when notifying about this ticket. */
    slackThreadId: text(100).optional(),
    /** The Message-ID of the customer's email, for threading replies. */
    messageId: text(1_000).optional(),
  })
  .refine((t) => hasText(t.description) || hasText(t.message), {
    message: "either description or message is required",
    path: ["description"],
  });

export type Ticket = z.infer<typeof TicketSchema> & { id: string };

function hasText(value: string | undefined): boolean {
  return typeof value === "string" && value.trim().length > 0;
}

/** `TICK-<epoch ms>-<6 hex chars>`: sortable by time and unique across processes. */
export function generateTicketId(now: number = Date.now()): string {
  return `TICK-${now}-${randomBytes(3).toString("hex")}`;
}

/** Unwraps the seed's `{ support: { ticket } }` envelope; anything else is taken as a bare ticket. */
export function unwrapTicket(input: unknown): unknown {
  if (isRecord(input) && isRecord(input.support) && "ticket" in input.support) {
    return input.support.ticket;
  }
  return input;
}

export type TicketParseResult = { ok: true; ticket: Ticket } | { ok: false; issues: TicketIssue[] };

/** One problem with an input ticket, with the dotted path of the field it concerns. */
export interface TicketIssue {
  field: string;
  message: string;
}

/** Validates one ticket (bare or wrapped) and gives it an id when it has none. */
export function parseTicket(input: unknown): TicketParseResult {
  const unwrapped = unwrapTicket(input);
  const prefix = unwrapped === input ? "" : "support.ticket.";
  const result = TicketSchema.safeParse(unwrapped);
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({
        field: prefix + (issue.path.length ? issue.path.join(".") : "(ticket)"),
        message: issue.path.length === 0 && issue.code === "invalid_type" ? "must be a JSON object" : issue.message,
      })),
    };
  }
  const ticket = { ...result.data, id: result.data.id ?? generateTicketId() };
  return { ok: true, ticket };
}

/** The customer's words: `description` wins over `message`, as in the seed. */
export function ticketText(ticket: Pick<Ticket, "description" | "message">): string {
  return (hasText(ticket.description) ? ticket.description : ticket.message) ?? "";
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
