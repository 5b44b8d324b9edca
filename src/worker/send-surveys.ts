/**
 * Sending the follow-ups that are due, each once. Three guards make a
 * survey go out once however often this runs, and from however many
 * processes: only `scheduled` follow-ups are picked; each is re-read under a
 * per-ticket lock (across processes when the store is a SQLite file) before
 * it is sent and marked; and the delivery carries a stable idempotency key,
 * so the channel ledger refuses a duplicate too.
 */
import type { BaseStore } from "@langchain/langgraph";
import type { HandoffChannels } from "../delivery/types.js";
import { surveySent } from "../observability/metrics.js";
import { withThreadLock } from "../runtime/thread-lock.js";
import { readFollowUp, readFollowUps, writeFollowUp, type FollowUp } from "../followups/follow-up.js";
import { surveyText } from "../followups/survey-text.js";

/** Three runs: a mail server down for one run is common, for three in a row it needs a person. */
export const MAX_SEND_ATTEMPTS = 3;

export interface FollowUpRunOptions {
  now: Date;
  /** Scopes the cross-process lock (the SQLite file); undefined locks within this process only. */
  dbLocation?: string;
}

export interface FollowUpOutcome {
  ticketId: string;
  to: string;
  status: FollowUp["status"];
  delivery?: string;
  ref?: string;
  error?: string;
}

export function isDue(followUp: FollowUp, now: Date): boolean {
  return followUp.status === "scheduled" && Date.parse(followUp.dueAt) <= now.getTime();
}

async function sendOne(store: BaseStore, channels: HandoffChannels, ticketId: string, now: Date): Promise<FollowUpOutcome | null> {
  const followUp = await readFollowUp(store, ticketId);
  if (!followUp || !isDue(followUp, now)) return null; // another run got here first
  const result = await channels.deliver({
    id: followUp.notificationId,
    kind: "customer_reply",
    target: followUp.to,
    ticket: {
      id: followUp.ticketId,
      ...(followUp.subject ? { subject: followUp.subject } : {}),
      ...(followUp.customerName ? { customerName: followUp.customerName } : {}),
      ...(followUp.messageId ? { messageId: followUp.messageId } : {}),
    },
    body: surveyText(followUp),
  });
  surveySent(result.status);
  const attempts = followUp.attempts + 1;
  const delivered = result.status !== "failed";
  const updated: FollowUp = {
    ...followUp,
    attempts,
    status: delivered ? "sent" : attempts >= MAX_SEND_ATTEMPTS ? "failed" : "scheduled",
    sentAt: delivered ? now.toISOString() : null,
    delivery: result.status,
    ...(result.ref ? { ref: result.ref } : {}),
    ...(result.error ? { error: result.error } : {}),
  };
  await writeFollowUp(store, updated);
  return {
    ticketId,
    to: updated.to,
    status: updated.status,
    delivery: result.status,
    ...(result.ref ? { ref: result.ref } : {}),
    ...(result.error ? { error: result.error } : {}),
  };
}

export async function runDueFollowUps(store: BaseStore, channels: HandoffChannels, options: FollowUpRunOptions): Promise<FollowUpOutcome[]> {
  const due = (await readFollowUps(store, { status: "scheduled" })).filter((f) => isDue(f, options.now));
  const outcomes: FollowUpOutcome[] = [];
  for (const { ticketId } of due) {
    const outcome = await withThreadLock(options.dbLocation, `followup:${ticketId}`, () => sendOne(store, channels, ticketId, options.now));
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}
