/**
 * The delivery layer between the handoff node and the outside world. The
 * node plans notifications (what, to whom, under which idempotency key); a
 * channel delivers one and says how it went. Channels never throw for a
 * delivery problem: they report it, so the node can fall back.
 */
import type { Notification } from "../domain/triage.js";
import type { ContextPackage } from "../domain/context-package.js";

/**
 * forward_slack / forward_email: a customer's message passed on to the human
 * who owns the ticket (in the handoff's Slack thread, or by email).
 * fallback_slack / fallback_email: the seed's emergency alert to the
 * escalation channel and address when a team channel stays down.
 */
export type NotificationKind =
  "team_email" | "slack" | "ticketing" | "customer_reply" | "forward_slack" | "forward_email" | "fallback_slack" | "fallback_email";

/** The ticket a notification is about, for what the context package does not carry (or when there is none). */
export interface NotificationTicket {
  id: string;
  subject?: string;
  customerName?: string;
  /** Message-ID of the customer's email: replies thread under it. */
  messageId?: string;
  /** Slack thread (ts) to post into. */
  slackThreadId?: string;
}

export interface PlannedNotification {
  /** Idempotency key, stable across re-runs of the same thread and decision. */
  id: string;
  kind: NotificationKind;
  /** Address, channel or ticket id. */
  target: string;
  /** The handoff's context package; absent for replies to tickets that were not escalated. */
  contextPackage?: ContextPackage;
  /** Overrides and completes the context package's ticket facts (subject, threading). */
  ticket?: NotificationTicket;
  /** For customer replies, forwards and fallback alerts: the text to send. */
  body?: string;
  /** For forwards: who owns the ticket now (addressed by name in the message). */
  owner?: string;
  /**
   * For forwards: what the team must read before the customer's words, set
   * apart from the quote (an escalation the message raised to immediate).
   */
  headline?: string;
}

export interface DeliveryResult {
  status: Notification["status"];
  /** Tries made by this call (0 when the ledger showed it already delivered). */
  attempts: number;
  /** Tries on record for this key across runs and processes, when the channels keep a ledger. */
  totalAttempts?: number;
  ref?: string;
  error?: string;
  /** Mail recipients still refusing it while the others have it (status "partial"). */
  rejected?: string[];
}

export interface HandoffChannels {
  deliver(notification: PlannedNotification): Promise<DeliveryResult>;
}
