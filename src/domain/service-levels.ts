/**
 * Response-time promises, one table for the whole product: the reply tells
 * the customer these, the handoff tells the team, follow-ups are scheduled
 * from them. Values are the seed's (Steps 1, 3 and 5), rounded to what a
 * support team can actually commit to in writing.
 */
import type { Priority, Urgency } from "./taxonomy.js";

export interface ServiceLevel {
  /** Minutes within which a human picks the ticket up. */
  pickUpMinutes: number;
  /** The same, as customers read it (English; reply templates localize it). */
  label: string;
  /** Minutes after the handoff at which the agent checks on it (seed's scheduleFollowUp). */
  followUpMinutes: number;
}

export const SERVICE_LEVELS: Record<Urgency, ServiceLevel> = {
  immediate: { pickUpMinutes: 15, label: "within 15 minutes", followUpMinutes: 15 },
  urgent: { pickUpMinutes: 60, label: "within 1 hour", followUpMinutes: 60 },
  standard: { pickUpMinutes: 240, label: "within 4 hours", followUpMinutes: 240 },
  scheduled: { pickUpMinutes: 1_440, label: "within 1 business day", followUpMinutes: 480 },
};

/** First-response targets by priority (seed's calculateResponseTime), in minutes. */
export const RESPONSE_MINUTES_BY_PRIORITY: Record<Priority, number> = {
  critical: 15,
  urgent: 30,
  high: 120,
  medium: 480,
  low: 1_440,
};

/** Zendesk-style external priority (seed's mapPriorityToExternal). */
export const EXTERNAL_PRIORITY: Record<Priority, "urgent" | "high" | "normal" | "low"> = {
  critical: "urgent",
  urgent: "high",
  high: "normal",
  medium: "low",
  low: "low",
};

/**
 * Minutes after a resolution at which the customer is asked how it went
 * (seed Step 7: the satisfaction survey goes out at 24 hours). Late enough
 * that the fix has been tried, early enough that the ticket is remembered.
 */
export const SATISFACTION_SURVEY_DELAY_MINUTES = 24 * 60;
