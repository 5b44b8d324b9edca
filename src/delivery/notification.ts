/**
 * How a delivery is recorded in state: the Notification of the output
 * contract, from what was planned and what the channels reported.
 */
import type { Handoff } from "../domain/handoff.js";
import type { Notification } from "../domain/triage.js";
import type { ContextPackage } from "../domain/context-package.js";
import type { DeliveryResult, HandoffChannels, NotificationKind, PlannedNotification } from "./types.js";

const CHANNEL_BY_KIND: Record<NotificationKind, Notification["channel"]> = {
  team_email: "email",
  slack: "slack",
  ticketing: "ticketing",
  customer_reply: "customer_email",
  forward_slack: "forward_slack",
  forward_email: "forward_email",
  fallback_slack: "fallback_slack",
  fallback_email: "fallback_email",
};

export const DELIVERED_STATUSES: ReadonlySet<Notification["status"]> = new Set(["sent", "outbox"]);

export function isDelivered(notification: Pick<Notification, "status"> | undefined): boolean {
  return notification !== undefined && DELIVERED_STATUSES.has(notification.status);
}

/** The channels a handoff's status is judged on: the team's own (not the fallback alerts, not forwards). */
export const TEAM_CHANNELS: ReadonlySet<Notification["channel"]> = new Set(["email", "slack", "ticketing"]);

/**
 * Judged on the team's own channels that are configured here; a delivered
 * fallback alert still needs a person to act. `handed_off` needs at least
 * one real delivery: with no team channel configured nobody was told, and
 * the handoff is `handoff_pending`.
 */
export function handoffStatusOf(team: readonly Notification[]): Handoff["status"] {
  const configured = team.filter((n) => n.status !== "not_configured");
  const delivered = configured.filter(isDelivered).length;
  if (configured.length === 0) return "handoff_pending";
  if (delivered === configured.length) return "handed_off";
  if (delivered === 0) return "manual_intervention_required";
  return "partially_delivered";
}

/**
 * The team notifications a fallback alert reports: those that failed on a
 * configured channel; and, when nothing reached the team at all, every one
 * (a channel without settings then matters: nobody was told).
 */
export function fallbackWorthy(team: readonly Notification[]): Notification[] {
  const undelivered = team.filter((n) => !isDelivered(n));
  return team.some(isDelivered) ? undelivered.filter((n) => n.status !== "not_configured") : undelivered;
}

/** `before` is what state held for the key; the ledger's count wins when the channels keep one. */
export function toNotification(planned: PlannedNotification, result: DeliveryResult, before?: Notification): Notification {
  return {
    id: planned.id,
    channel: CHANNEL_BY_KIND[planned.kind],
    target: planned.target,
    status: result.status,
    attempts: result.totalAttempts ?? (before?.attempts ?? 0) + result.attempts,
    ...(result.ref ? { ref: result.ref } : {}),
    ...(result.error ? { error: result.error } : {}),
    ...(result.rejected?.length ? { rejected: result.rejected } : {}),
  };
}

/** A message into a handoff's Slack thread: a customer's follow-up, a reopening, an overdue reminder. */
export interface SlackForward {
  id: string;
  /** The team's Slack channel (or, by email, its mailbox). */
  target: string;
  contextPackage: ContextPackage;
  body: string;
  /** Who owns the ticket now, addressed by name. */
  owner?: string | null;
  /** Said before the customer's words, apart from the quote (an escalation raised to immediate). */
  headline?: string | undefined;
}

/** Delivers a forward and records it as state shows it; `attemptsBefore`: the tries this id already has on the thread. */
export function forwardToSlack(channels: HandoffChannels, forward: SlackForward, attemptsBefore = 0): Promise<Notification> {
  return deliverForward(channels, "forward_slack", forward, attemptsBefore);
}

/** The same forward to the team's mailbox: for news too urgent to sit in a Slack thread alone. */
export function forwardByEmail(channels: HandoffChannels, forward: SlackForward, attemptsBefore = 0): Promise<Notification> {
  return deliverForward(channels, "forward_email", forward, attemptsBefore);
}

async function deliverForward(
  channels: HandoffChannels,
  kind: "forward_slack" | "forward_email",
  forward: SlackForward,
  attemptsBefore: number,
): Promise<Notification> {
  const { id, target, contextPackage, body, owner, headline } = forward;
  const result = await channels.deliver({ id, kind, target, contextPackage, body, ...(owner ? { owner } : {}), ...(headline ? { headline } : {}) });
  return {
    id,
    channel: CHANNEL_BY_KIND[kind],
    target,
    status: result.status,
    attempts: attemptsBefore + result.attempts,
    ...(result.ref ? { ref: result.ref } : {}),
    ...(result.error ? { error: result.error } : {}),
  };
}
