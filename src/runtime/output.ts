/**
 * The output contract as other programs read it: exactly these names, with
 * `null` (never a missing key) where the agent has nothing to say.
 */
import type { Handoff } from "../domain/handoff.js";
import type { AgentError, Analysis, Classification, ConversationTurn, Decision, Learning, Metrics, Notification, Reply } from "../domain/triage.js";
import type { ThreadStatus } from "../domain/human.js";
import type { DeliveryRecord } from "../delivery/ledger.js";
import { handoffStatusOf, TEAM_CHANNELS } from "../delivery/notification.js";
import type { EscalationStateType } from "../agent/state.js";

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

/** What the delivery ledger says about a key now. */
export type LedgerView = Pick<DeliveryRecord, "status" | "attempts" | "ref" | "error" | "rejected">;

/**
 * The result with every notification as the delivery ledger has it now, and
 * the handoff's status judged again on those. The checkpoint keeps what its
 * run saw; a later `notifications retry` (or another process) may have
 * delivered since, and the ledger is the record of truth. Keys the ledger
 * does not know (a MemorySaver's lost ledger, an old thread) keep the
 * checkpoint's word.
 */
export function withLedgerStatus(result: TriageResult, ledger: ReadonlyMap<string, LedgerView>): TriageResult {
  const overlay = (n: Notification): Notification => {
    const record = ledger.get(n.id);
    if (!record) return n;
    const { ref: _ref, error: _error, rejected: _rejected, ...rest } = n;
    return {
      ...rest,
      // "sending": a run or a retry is delivering it right now.
      status: record.status === "sending" ? "pending" : record.status,
      attempts: Math.max(n.attempts, record.attempts),
      ...(record.ref !== undefined ? { ref: record.ref } : {}),
      ...(record.error !== undefined && record.status !== "sent" && record.status !== "outbox" ? { error: record.error } : {}),
      ...(record.rejected?.length ? { rejected: record.rejected } : {}),
    };
  };
  const changed = (before: Notification, after: Notification) => JSON.stringify(before) !== JSON.stringify(after);
  const customerNotifications = result.customerNotifications.map(overlay);
  const handoff = result.handoff;
  if (!handoff) return { ...result, customerNotifications };
  const notifications = handoff.notifications.map(overlay);
  // The team's notifications of this handoff, by their keys (<ticket>:<decision>:<team>:<kind>, see handoff/plan.ts).
  const prefix = `${result.ticketId}:${handoff.contextPackage.escalation.type}:${handoff.team}:`;
  const isTeam = (n: Notification) => TEAM_CHANNELS.has(n.channel) && n.id.startsWith(prefix);
  const team = notifications.filter(isTeam);
  const rejudge = team.length > 0 && handoff.notifications.some((n, i) => isTeam(n) && changed(n, notifications[i]!));
  return {
    ...result,
    customerNotifications,
    handoff: { ...handoff, notifications, ...(rejudge ? { status: handoffStatusOf(team) } : {}) },
  };
}
