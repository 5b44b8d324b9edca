/**
 * Everything a caller does with conversations — triage a ticket, add a
 * customer message, act as a human, list threads — one run at a time per
 * thread. The CLI, workers and the HTTP server all go through this.
 */
import { Command } from "@langchain/langgraph";
import { HumanAction, type ThreadStatus } from "../domain/human.js";
import type { Ticket } from "../domain/ticket.js";
import { withThreadLock } from "../tools/thread-lock.js";
import { resolveContext, type EscalationContext } from "./context.js";
import type { EscalationAgent } from "./graph.js";
import { toTriageResult, type TriageResult } from "./output.js";
import type { EscalationStateType } from "./state.js";
import type { z } from "zod";

type ContextInput = z.input<typeof EscalationContext>;

/** A request that does not fit the thread's state (unknown thread, nobody waiting…). */
export class ThreadStateError extends Error {
  override readonly name = "ThreadStateError";
}

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
}

export class ThreadClient {
  constructor(
    readonly agent: EscalationAgent,
    /** Scopes the thread locks: the SQLite path, or undefined for in-process only. */
    private readonly dbLocation?: string,
    private readonly context: ContextInput = {},
  ) {}

  private config(threadId: string) {
    return { configurable: { thread_id: threadId }, context: resolveContext(this.context) };
  }

  /** Triages a validated ticket on its thread (the ticket id unless told otherwise). */
  async triage(ticket: Ticket, threadId: string = ticket.id): Promise<TriageResult> {
    return withThreadLock(this.dbLocation, threadId, async () =>
      toTriageResult(await this.agent.invoke({ ticket }, this.config(threadId))),
    );
  }

  /** A customer's follow-up on an existing thread. */
  async message(threadId: string, content: string, channel?: string): Promise<TriageResult> {
    const text = content.trim();
    if (!text) throw new ThreadStateError("message: must not be empty");
    return withThreadLock(this.dbLocation, threadId, async () => {
      const current = await this.read(threadId);
      if (!current) throw new ThreadStateError(`thread ${threadId} does not exist; triage a ticket first`);
      const input = { message: { content: text, ...(channel ? { channel } : {}) } };
      return toTriageResult(await this.agent.invoke(input, this.config(threadId)));
    });
  }

  /** A human's action on a thread that waits for one (claim, reply, resolve, release). */
  async act(threadId: string, action: HumanAction): Promise<TriageResult> {
    const parsed = HumanAction.parse(action);
    return withThreadLock(this.dbLocation, threadId, async () => {
      const snapshot = await this.agent.getState(this.config(threadId));
      if (!snapshot.values || Object.keys(snapshot.values).length === 0) {
        throw new ThreadStateError(`thread ${threadId} does not exist`);
      }
      const waiting = snapshot.tasks.some((task) => task.interrupts.length > 0);
      if (!waiting) {
        const status = (snapshot.values as EscalationStateType).status ?? "bot";
        throw new ThreadStateError(`thread ${threadId} is not waiting for a human (status: ${status})`);
      }
      const state = await this.agent.invoke(new Command({ resume: parsed }), this.config(threadId));
      return toTriageResult(state);
    });
  }

  /** The thread's current state, or null when it does not exist. */
  async read(threadId: string): Promise<TriageResult | null> {
    const values = await this.values(threadId);
    return values ? toTriageResult(values) : null;
  }

  private async values(threadId: string): Promise<EscalationStateType | null> {
    const snapshot = await this.agent.getState(this.config(threadId));
    const values = snapshot.values as EscalationStateType | undefined;
    return values?.ticketId ? values : null;
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
      const values = await this.values(threadId);
      if (!values) continue;
      const result = toTriageResult(values);
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
      });
    }
    return summaries.sort((a, b) => (b.lastActivity ?? "").localeCompare(a.lastActivity ?? ""));
  }
}
