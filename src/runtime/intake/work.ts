/**
 * What the intake accepts and the journal keeps: a validated ticket to
 * triage, a customer's message for an existing thread, or a click on a
 * Slack handoff's button (claim, release) — each journaled before the
 * caller hears "accepted".
 */
import type { Ticket } from "../../domain/ticket.js";
import type { BlockActionsPayload } from "../../domain/slack-payload.js";

/** Work for the thread's agent run, here or on a worker. */
export type ThreadWork =
  { kind: "ticket"; threadId: string; ticket: Ticket; source: "ticket" | "zendesk" } | { kind: "message"; threadId: string; content: string; channel?: string };

/** A Slack interactivity payload, as validated; the thread is the button's ticket id. */
export type SlackActionWork = { kind: "slack_action"; threadId: string; payload: BlockActionsPayload };

export type IntakeWork = ThreadWork | SlackActionWork;

export interface JournalEntry<W extends IntakeWork = IntakeWork> {
  id: number;
  work: W;
  receivedAt: string;
  /** Dispatches started so far; above zero on replay means an earlier run may have got far. */
  attempts: number;
}

export function isThreadWork(entry: JournalEntry): entry is JournalEntry<ThreadWork> {
  return entry.work.kind !== "slack_action";
}
