/**
 * Scheduling the satisfaction survey when a ticket is resolved. Once per
 * ticket: resolving again (or re-running the thread) keeps the survey that
 * is already scheduled or sent.
 */
import type { BaseStore } from "@langchain/langgraph";
import { SATISFACTION_SURVEY_DELAY_MINUTES } from "../domain/service-levels.js";
import { readFollowUp, writeFollowUp, type FollowUp } from "./follow-up.js";

export interface SurveyRecipient {
  ticketId: string;
  /** The customer's address; without one there is nobody to ask. */
  email: string | undefined;
  name?: string;
  subject?: string;
  messageId?: string;
}

/** The scheduled (or already existing) survey; null when the customer left no address. */
export async function scheduleSurvey(store: BaseStore, recipient: SurveyRecipient, resolvedAt: string): Promise<FollowUp | null> {
  if (!recipient.email) return null;
  const existing = await readFollowUp(store, recipient.ticketId);
  if (existing) return existing;
  const followUp: FollowUp = {
    ticketId: recipient.ticketId,
    kind: "satisfaction_survey",
    to: recipient.email,
    ...(recipient.name ? { customerName: recipient.name } : {}),
    ...(recipient.subject ? { subject: recipient.subject } : {}),
    ...(recipient.messageId ? { messageId: recipient.messageId } : {}),
    scheduledAt: resolvedAt,
    dueAt: new Date(Date.parse(resolvedAt) + SATISFACTION_SURVEY_DELAY_MINUTES * 60_000).toISOString(),
    status: "scheduled",
    attempts: 0,
    notificationId: `${recipient.ticketId}:satisfaction_survey`,
    sentAt: null,
  };
  await writeFollowUp(store, followUp);
  return followUp;
}
