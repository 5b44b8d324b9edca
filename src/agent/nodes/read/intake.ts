/**
 * Intake: turns this run's input (a ticket, or a follow-up message) into
 * conversation turns. The same ticket submitted again adds no turn (its text
 * is already in the conversation), so re-running a thread is idempotent; an
 * edited description or a follow-up message adds one.
 *
 * An HTML mail body becomes its text here (the checkpointed ticket keeps the
 * HTML as it came): the rules, a model and the people handed the ticket all
 * read the words, never the markup.
 */
import { generateTicketId, ticketText } from "../../../domain/ticket.js";
import type { AgentError, ConversationTurn } from "../../../domain/triage.js";
import type { EscalationStateType } from "../../state.js";
import { plainTextOf } from "../../../privacy/html.js";
import { prepareTextForModel } from "../../../privacy/model-text.js";
import { textForRules } from "../../../rules/reading-budget.js";

export interface IntakeResult {
  ticketId: string;
  /** Turns to append to the conversation in this run. */
  newTurns: ConversationTurn[];
  /** Every customer turn, including the new ones, oldest first. */
  customerTurns: ConversationTurn[];
  /** Notes for `errors`: new turns too long for the rules to read whole (textForRules). */
  readingNotes: AgentError[];
  /** Notes for `errors` when a model reads this run: new turns a prompt shows cut (prepareTextForModel). */
  modelNotes: AgentError[];
}

export function intake(state: EscalationStateType, now: Date): IntakeResult {
  const ticket = state.ticket ?? {};
  const ticketId = state.ticketId ?? ticket.id ?? generateTicketId(now.getTime());
  const at = now.toISOString();
  const known = new Set(state.conversation.filter((t) => t.role === "customer").map((t) => t.content));
  const newTurns: ConversationTurn[] = [];

  const text = plainTextOf(ticketText(ticket)).trim();
  if (text && !known.has(text)) {
    newTurns.push({ role: "customer", content: text, at, channel: ticket.channel ?? "email" });
    known.add(text);
  }
  const message = plainTextOf(state.message?.content ?? "").trim();
  if (message) {
    newTurns.push({ role: "customer", content: message, at, channel: state.message?.channel ?? ticket.channel ?? "email" });
  }
  const customerTurns = [...state.conversation, ...newTurns].filter((t) => t.role === "customer");
  const notes = (cut: (text: string) => { note: string | null }) =>
    newTurns.flatMap((turn) => {
      const { note } = cut(turn.content);
      return note ? [{ node: "classify", message: `message ${customerTurns.indexOf(turn) + 1}: ${note}`, at }] : [];
    });
  return { ticketId, newTurns, customerTurns, readingNotes: notes(textForRules), modelNotes: notes(prepareTextForModel) };
}
