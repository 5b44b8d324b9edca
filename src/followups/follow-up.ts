/**
 * A follow-up: the satisfaction survey a resolved ticket's customer gets
 * (seed Step 7), one per ticket, kept in the store under ["followups"] with
 * the ticket id as key — the key is what makes scheduling and sending
 * idempotent.
 */
import type { BaseStore } from "@langchain/langgraph";
import { z } from "zod";
import { putItem } from "../persistence/store/put-item.js";

export const FOLLOWUPS_NAMESPACE = ["followups"] as const;

export const FOLLOW_UP_STATUSES = ["scheduled", "sent", "failed", "answered"] as const;

export const FollowUp = z.object({
  ticketId: z.string(),
  kind: z.literal("satisfaction_survey"),
  /** The customer's address. */
  to: z.string(),
  customerName: z.string().optional(),
  subject: z.string().optional(),
  /** Message-ID of the customer's mail, so the survey threads under it. */
  messageId: z.string().optional(),
  scheduledAt: z.string(),
  dueAt: z.string(),
  /** scheduled: waiting or to be retried; sent: delivered (or in the outbox); failed: gave up; answered: the customer replied. */
  status: z.enum(FOLLOW_UP_STATUSES),
  /** Runs that tried to deliver it. */
  attempts: z.number().int().nonnegative(),
  /** The delivery's idempotency key: a second send of the same survey is recognised downstream too. */
  notificationId: z.string(),
  sentAt: z.string().nullable(),
  /** What the channel reported: sent, outbox, pending, failed. */
  delivery: z.string().optional(),
  /** Where it landed (message id, outbox file). */
  ref: z.string().optional(),
  error: z.string().optional(),
  answeredAt: z.string().optional(),
  satisfaction: z.number().int().min(1).max(5).optional(),
});
export type FollowUp = z.infer<typeof FollowUp>;

export async function readFollowUp(store: BaseStore, ticketId: string): Promise<FollowUp | null> {
  const item = await store.get([...FOLLOWUPS_NAMESPACE], ticketId);
  const parsed = FollowUp.safeParse(item?.value);
  return parsed.success ? parsed.data : null;
}

export async function writeFollowUp(store: BaseStore, followUp: FollowUp): Promise<void> {
  await putItem(store, [...FOLLOWUPS_NAMESPACE], followUp.ticketId, followUp, false);
}

/** Every follow-up, in pages of 500 (stores answer ten per search unless told otherwise). */
export async function readFollowUps(store: BaseStore, filter?: Record<string, unknown>): Promise<FollowUp[]> {
  const PAGE = 500;
  const all: FollowUp[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.search([...FOLLOWUPS_NAMESPACE], { ...(filter ? { filter } : {}), limit: PAGE, offset });
    for (const item of page) {
      const parsed = FollowUp.safeParse(item.value);
      if (parsed.success) all.push(parsed.data);
    }
    if (page.length < PAGE) return all;
  }
}
