/**
 * The delivery layer between the handoff node and the outside world. The
 * node plans notifications (what, to whom, under which idempotency key); a
 * channel delivers one and says how it went. Channels never throw for a
 * delivery problem: they report it, so the node can fall back.
 */
import type { Notification } from "../../domain/triage.js";
import type { ContextPackage } from "../../nodes/handoff/context-package.js";

export type NotificationKind = "team_email" | "slack" | "ticketing" | "customer_reply";

export interface PlannedNotification {
  /** Idempotency key, stable across re-runs of the same thread and decision. */
  id: string;
  kind: NotificationKind;
  /** Address, channel or ticket id. */
  target: string;
  contextPackage: ContextPackage;
  /** For customer replies: the text to send. */
  body?: string;
}

export interface DeliveryResult {
  status: Notification["status"];
  attempts: number;
  ref?: string;
  error?: string;
}

export interface HandoffChannels {
  deliver(notification: PlannedNotification): Promise<DeliveryResult>;
}
