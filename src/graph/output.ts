/**
 * The output contract as other programs read it: exactly these names, with
 * `null` (never a missing key) where the agent has nothing to say.
 */
import type { AgentError, Analysis, Classification, ConversationTurn, Decision, Handoff, Learning, Metrics, Notification, Reply } from "../domain/triage.js";
import type { ThreadStatus } from "../domain/human.js";
import type { EscalationStateType } from "./state.js";

export interface TriageResult {
  ticketId: string;
  /** Who answers the customer now: bot, awaiting_human, human_owned, resolved. */
  status: ThreadStatus;
  /** The human who claimed the ticket, if any. */
  owner: string | null;
  classification: Classification | null;
  analysis: Analysis | null;
  decision: Decision | null;
  response: Reply | null;
  handoff: Handoff | null;
  /** Messages sent to the customer (the reply by email), with delivery status. */
  customerNotifications: Notification[];
  learning: Learning | null;
  conversation: ConversationTurn[];
  metrics: Metrics;
  errors: AgentError[];
}

export function toTriageResult(state: EscalationStateType): TriageResult {
  return {
    ticketId: state.ticketId ?? state.ticket?.id ?? "",
    status: state.status ?? "bot",
    owner: state.owner ?? null,
    classification: state.classification ?? null,
    analysis: state.analysis ?? null,
    decision: state.decision ?? null,
    response: state.response ?? null,
    handoff: state.handoff ?? null,
    customerNotifications: state.customerNotifications ?? [],
    learning: state.learning ?? null,
    conversation: state.conversation,
    metrics: state.metrics,
    errors: state.errors,
  };
}
