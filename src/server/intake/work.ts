/**
 * What the intake accepts and the journal keeps: a validated ticket to
 * triage, or a customer's message for an existing thread.
 */
import type { Ticket } from "../../domain/ticket.js";

export type IntakeWork =
  | { kind: "ticket"; threadId: string; ticket: Ticket; source: "ticket" | "zendesk" }
  | { kind: "message"; threadId: string; content: string; channel?: string };

export interface JournalEntry {
  id: number;
  work: IntakeWork;
  receivedAt: string;
  /** Dispatches started so far; above zero on replay means an earlier run may have got far. */
  attempts: number;
}
