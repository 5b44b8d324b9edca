/**
 * Everything a caller does with conversations — triage a ticket, add a
 * customer message, act as a human, list threads — one run at a time per
 * thread. The CLI, workers and the HTTP server all go through this.
 */
import type { HumanAction } from "../domain/human.js";
import type { Ticket } from "../domain/ticket.js";
import type { DeliveryLedger } from "../delivery/ledger.js";
import { withThreadLock } from "./thread-lock.js";
import type { EscalationAgent } from "../agent/graph.js";
import { toTriageResult, withLedgerStatus, type LedgerView, type TriageResult } from "./output.js";
import type { Handoff } from "../domain/handoff.js";
import type { TicketState } from "../agent/state.js";
import { tagCheckpointsWithRequestId } from "./request-tags.js";
import { ThreadSession, type ContextInput } from "./thread-session.js";
import type { ThreadStatus } from "../domain/human.js";

export { ThreadStateError } from "./thread-session.js";

export interface ThreadSummary {
  threadId: string;
  ticketId: string;
  subject: string;
  status: ThreadStatus;
  owner: string | null;
  decision: string | null;
  team: string | null;
  turns: number;
  lastActivity: string | null;
  /** Whether the handoff reached the team, as the delivery ledger has it now; null when there was none. */
  handoff: Handoff["status"] | null;
  /** When it was handed off and how urgently (the promised pick-up time follows); null without a handoff. */
  handedOffAt: string | null;
  urgency: Handoff["urgency"] | null;
}

export class ThreadClient {
  constructor(
    readonly agent: EscalationAgent,
    /** Scopes the thread locks: the SQLite path or PostgreSQL URL, or undefined for in-process only. */
    private readonly dbLocation?: string,
    private readonly context: ContextInput = {},
    /**
     * The agent's delivery ledger. When given, every result shows its
     * notifications as the ledger has them now (withLedgerStatus) rather
     * than as the run that sent them saw them. Read-time rather than written
     * back into the thread by `notifications retry`: a written state would be
     * a checkpoint no node produced (updateState must name one, which moves
     * an interrupted thread on), would need the thread's lock and a map from
     * ledger keys (ticket ids) to threads, and a retry dying between ledger
     * and checkpoint would leave the two disagreeing again. This way the
     * checkpoints stay what each run saw, and the ledger stays the one truth.
     */
    private readonly deliveries?: DeliveryLedger,
  ) {
    // Queued requests are applied once by reading which request wrote the latest checkpoint.
    if (agent.checkpointer && typeof agent.checkpointer !== "boolean") tagCheckpointsWithRequestId(agent.checkpointer);
  }

  /**
   * Runs `work` holding the thread's lock, across processes when the
   * database is shared. The session must not outlive `work`.
   */
  withThread<T>(threadId: string, work: (thread: ThreadSession) => Promise<T>): Promise<T> {
    return withThreadLock(this.dbLocation, threadId, () => work(this.session(threadId)));
  }

  /** Triages a validated ticket on its thread (the ticket id unless told otherwise). */
  async triage(ticket: Ticket, threadId: string = ticket.id): Promise<TriageResult> {
    return this.current(await this.withThread(threadId, (thread) => thread.triage(ticket)));
  }

  /** As triage, saying whether the ticket was unchanged (then nothing ran and the result is the thread as it is). */
  async triageOnce(ticket: Ticket, threadId: string = ticket.id): Promise<{ result: TriageResult; unchanged: boolean }> {
    const { result, unchanged } = await this.withThread(threadId, (thread) => thread.triageOnce(ticket));
    return { result: await this.current(result), unchanged };
  }

  /** A customer's follow-up on an existing thread. */
  async message(threadId: string, content: string, channel?: string): Promise<TriageResult> {
    return this.current(await this.withThread(threadId, (thread) => thread.message(content, channel)));
  }

  /** A human's action on a thread that waits for one (claim, reply, resolve, release). */
  async act(threadId: string, action: HumanAction): Promise<TriageResult> {
    return this.current(await this.withThread(threadId, (thread) => thread.act(action)));
  }

  /** The thread's current state, or null when it does not exist. Reads need no lock. */
  async read(threadId: string): Promise<TriageResult | null> {
    const values = await this.session(threadId).values();
    return values ? this.current(toTriageResult(values)) : null;
  }

  /** The ticket as the thread keeps it (subject, customer…), or null when the thread does not exist. Reads need no lock. */
  async ticket(threadId: string): Promise<TicketState | null> {
    const values = await this.session(threadId).values();
    return values ? (values.ticket ?? {}) : null;
  }

  /** The result with its notifications as the delivery ledger has them now. */
  private async current(result: TriageResult): Promise<TriageResult> {
    const ledger = this.deliveries;
    if (!ledger) return result;
    const ids = new Set([...(result.handoff?.notifications ?? []), ...result.customerNotifications].map((n) => n.id));
    if (ids.size === 0) return result;
    const records = new Map<string, LedgerView>();
    await Promise.all(
      [...ids].map(async (id) => {
        const record = await ledger.get(id);
        if (record) records.set(id, record);
      }),
    );
    return withLedgerStatus(result, records);
  }

  private session(threadId: string): ThreadSession {
    return new ThreadSession(this.agent, threadId, this.context);
  }

  /** Every thread the checkpointer holds, most recent activity first. */
  async list(): Promise<ThreadSummary[]> {
    const checkpointer = this.agent.checkpointer;
    if (!checkpointer || typeof checkpointer === "boolean") return [];
    const threadIds = new Set<string>();
    for await (const tuple of checkpointer.list({ configurable: {} })) {
      const id = tuple.config.configurable?.thread_id;
      if (typeof id === "string") threadIds.add(id);
    }
    const summaries: ThreadSummary[] = [];
    for (const threadId of threadIds) {
      const values = await this.session(threadId).values();
      if (!values) continue;
      const result = await this.current(toTriageResult(values));
      summaries.push({
        threadId,
        ticketId: result.ticketId,
        subject: values.ticket?.subject ?? "",
        status: result.status,
        owner: result.owner,
        decision: result.decision?.type ?? null,
        team: result.decision && result.decision.type !== "no_escalation" ? result.decision.targetTeam : null,
        turns: result.conversation.length,
        lastActivity: result.conversation.at(-1)?.at ?? null,
        handoff: result.handoff?.status ?? null,
        handedOffAt: result.handoff?.handedOffAt ?? null,
        urgency: result.handoff?.urgency ?? null,
      });
    }
    return summaries.sort((a, b) => (b.lastActivity ?? "").localeCompare(a.lastActivity ?? ""));
  }
}
