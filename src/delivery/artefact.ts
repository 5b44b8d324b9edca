/**
 * What a notification becomes before it leaves: a mail, a Slack message or a
 * ticket update, as plain JSON. The same artefact is sent, kept in the
 * delivery ledger (so `notifications retry` re-sends exactly it) and written
 * to the outbox when its channel has no settings.
 */
import type { KnownBlock } from "@slack/types";
import type { TicketUpdate } from "./compose/ticket-update.js";

/** A mail in nodemailer's terms, restricted to what JSON can carry. */
export interface EmailMessage {
  from: string;
  to: string;
  cc?: string[];
  subject: string;
  text: string;
  html?: string;
  /** Deterministic per idempotency key, so a resent copy is recognisably the same mail. */
  messageId: string;
  inReplyTo?: string;
  references?: string[];
  headers?: Record<string, string>;
  attachments?: Array<{ filename: string; content: string; contentType: string }>;
}

/** The arguments of Slack's chat.postMessage, exactly as posted. */
export interface SlackMessage {
  channel: string;
  text: string;
  blocks: KnownBlock[];
  thread_ts?: string;
  /** Carries the idempotency key, so an interrupted post can be found again in the channel's history. */
  metadata: { event_type: string; event_payload: { idempotency_key: string; ticket_id: string } };
  unfurl_links: boolean;
  unfurl_media: boolean;
}

export type Artefact = { medium: "email"; message: EmailMessage } | { medium: "slack"; message: SlackMessage } | { medium: "ticketing"; update: TicketUpdate };

export type Medium = Artefact["medium"];
