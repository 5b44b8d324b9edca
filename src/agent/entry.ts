/**
 * Where a run starts. A ticket whose words the thread already has, with no
 * follow-up message, is not triaged again: no second reply, no second mail.
 * A resolved thread stays resolved until the customer writes something new,
 * which reopens it (the `reopen` node) before the usual triage.
 */
import { END } from "@langchain/langgraph";
import { isHumanOwned } from "../domain/human.js";
import { ticketText } from "../domain/ticket.js";
import { plainTextOf } from "../privacy/html.js";
import type { EscalationStateType, IncomingMessage, TicketState } from "./state.js";

/** The customer's words in a ticket or follow-up, as intake will turn them into a turn. */
function customerText(ticket: TicketState | undefined, message: IncomingMessage | null | undefined): string[] {
  return [plainTextOf(ticketText(ticket ?? {})).trim(), plainTextOf(message?.content ?? "").trim()].filter(Boolean);
}

/**
 * Whether the ticket (merged into the thread's stored one, as the graph merges
 * it) or the message brings words the thread does not have yet. A thread
 * never run (no ticketId) always has news.
 */
export function hasNewCustomerContent(
  thread: Pick<EscalationStateType, "ticketId" | "ticket" | "conversation">,
  input: { ticket?: TicketState; message?: IncomingMessage | null },
): boolean {
  if (!thread.ticketId) return true;
  if (input.message && plainTextOf(input.message.content).trim()) return true;
  const known = new Set(thread.conversation.filter((t) => t.role === "customer").map((t) => t.content));
  const merged = input.ticket ? { ...(thread.ticket ?? {}), ...input.ticket } : thread.ticket;
  return customerText(merged, null).some((text) => !known.has(text));
}

/**
 * Whether the thread's last run got to the end: something answered the
 * latest customer turn (a reply, a human, a note). A run that died before
 * that (a crash mid-handoff) must run again, even for an unchanged ticket.
 */
export function answeredLastTurn(thread: Pick<EscalationStateType, "conversation">): boolean {
  const last = thread.conversation.at(-1);
  return last !== undefined && last.role !== "customer";
}

/** Nothing new from the customer, and nothing left undone: running again would only repeat what was said. */
export function isUnchanged(
  thread: Pick<EscalationStateType, "ticketId" | "ticket" | "conversation">,
  input: { ticket?: TicketState; message?: IncomingMessage | null },
): boolean {
  return !hasNewCustomerContent(thread, input) && answeredLastTurn(thread);
}

export type AtEntry = "read" | "reopen" | "await_human" | typeof END;
export const AT_ENTRY_PATHS: AtEntry[] = ["read", "reopen", "await_human", END];

/**
 * Nothing new: stop (keep waiting when a human has the thread). News on a
 * resolved thread: reopen it first. Otherwise triage.
 */
export function routeAtEntry(state: EscalationStateType): AtEntry {
  if (isUnchanged(state, { message: state.message ?? null })) return isHumanOwned(state.status) ? "await_human" : END;
  return state.status === "resolved" ? "reopen" : "read";
}
