/**
 * What may be done to one thread while its lock is held (see
 * ThreadClient.withThread): triage, a follow-up, a human action, and
 * `applyOnce` — the same, made safe to repeat for queued requests that a
 * crashed worker may have started.
 */
import { Command } from "@langchain/langgraph";
import { HumanAction, isHumanOwned } from "../domain/human.js";
import type { Ticket } from "../domain/ticket.js";
import { resolveContext, type EscalationContext } from "../agent/context.js";
import type { EscalationAgent } from "../agent/graph.js";
import { isUnchanged } from "../agent/entry.js";
import { toTriageResult, type TriageResult } from "./output.js";
import { REQUEST_ID_KEY, requestIdOf, TURN_ID_KEY } from "./request-tags.js";
import { randomUUID } from "node:crypto";
import type { EscalationStateType, EscalationUpdate } from "../agent/state.js";
import type { ThreadRequest } from "./thread-request.js";
import type { z } from "zod";
import { ownershipRefusal } from "../agent/nodes/await-human/ownership.js";
import { messageForStorage, ticketForStorage } from "../privacy/stored.js";

export type ContextInput = z.input<typeof EscalationContext>;

/** A request that does not fit the thread's state (unknown thread, nobody waiting…). */
export class ThreadStateError extends Error {
  override readonly name = "ThreadStateError";
}

export interface AppliedRequest {
  /** applied: ran now; resumed: finished a run a crash interrupted; already_applied: nothing left to do. */
  outcome: "applied" | "resumed" | "already_applied";
  result: TriageResult;
}

export class ThreadSession {
  constructor(
    private readonly agent: EscalationAgent,
    readonly threadId: string,
    private readonly context: ContextInput,
    /** Set by applyOnce: recorded in every checkpoint of its run (request-tags.ts). */
    private readonly requestId?: string,
  ) {}

  /** Each call that writes gets a new turn id: the checkpoints it writes are one turn (request-tags.ts). */
  private config() {
    return {
      configurable: { thread_id: this.threadId },
      context: resolveContext(this.context, this.agent.settings.model),
      metadata: { [TURN_ID_KEY]: randomUUID(), ...(this.requestId ? { [REQUEST_ID_KEY]: this.requestId } : {}) },
    };
  }

  /** Triages a validated ticket on this thread. */
  async triage(ticket: Ticket): Promise<TriageResult> {
    return (await this.triageOnce(ticket)).result;
  }

  /**
   * Triages a ticket unless the thread already has its words: then nothing
   * runs (no second reply or mail, a resolved thread stays resolved) and the
   * thread's current state comes back with `unchanged`.
   */
  async triageOnce(ticket: Ticket): Promise<{ result: TriageResult; unchanged: boolean }> {
    // ESCALATION_REDACT_STORED: the checkpoints never hold what the redactor recognises, so compare what is stored.
    const stored = ticketForStorage(ticket, this.agent.settings.privacy);
    const values = await this.values();
    if (values && isUnchanged(values, { ticket: stored })) return { result: toTriageResult(values), unchanged: true };
    return { result: toTriageResult(await this.agent.invoke({ ticket: stored }, this.config())), unchanged: false };
  }

  /** A customer's follow-up; the thread must exist. */
  async message(content: string, channel?: string): Promise<TriageResult> {
    const text = content.trim();
    if (!text) throw new ThreadStateError("message: must not be empty");
    if (!(await this.values())) throw new ThreadStateError(`thread ${this.threadId} does not exist; triage a ticket first`);
    const input = { message: { content: messageForStorage(text, this.agent.settings.privacy), ...(channel ? { channel } : {}) } };
    return toTriageResult(await this.agent.invoke(input, this.config()));
  }

  /** A human's action on a thread that waits for one (claim, reply, resolve, release). */
  async act(action: HumanAction): Promise<TriageResult> {
    const parsed = HumanAction.parse(action);
    const snapshot = await this.agent.getState(this.config());
    if (!snapshot.values || Object.keys(snapshot.values).length === 0) {
      throw new ThreadStateError(`thread ${this.threadId} does not exist`);
    }
    const waiting = snapshot.tasks.some((task) => task.interrupts.length > 0);
    if (!waiting) {
      const status = (snapshot.values as EscalationStateType).status ?? "bot";
      throw new ThreadStateError(`thread ${this.threadId} is not waiting for a human (status: ${status})`);
    }
    const state = snapshot.values as EscalationStateType;
    const refusal = ownershipRefusal(parsed, state.status, state.owner);
    if (refusal) throw new ThreadStateError(refusal);
    return toTriageResult(await this.agent.invoke(new Command({ resume: parsed }), this.config()));
  }

  /**
   * Writes `update` onto a thread that waits for a human (a note, a
   * notification sent about it) and leaves it waiting as before: the update
   * closes await_human's step, and running on pauses the thread at the same
   * question again, so claim, reply and resolve work as ever.
   */
  async recordWhileWaiting(update: EscalationUpdate): Promise<TriageResult> {
    const snapshot = await this.agent.getState(this.config());
    if (!snapshot.tasks.some((task) => task.interrupts.length > 0)) throw new ThreadStateError(`thread ${this.threadId} is not waiting for a human`);
    await this.agent.updateState(this.config(), update, "await_human");
    return toTriageResult(await this.agent.invoke(null, this.config()));
  }

  /** Runs a request given as data. */
  async apply(request: ThreadRequest): Promise<TriageResult> {
    switch (request.kind) {
      case "ticket":
        return this.triage(request.ticket);
      case "message":
        return this.message(request.content, request.channel);
      case "human":
        return this.act(request.action);
    }
  }

  /**
   * Applies a queued request exactly once, however often it is delivered.
   * The thread's latest checkpoint says how far the request got: not at
   * all (run it), part-way — the worker died mid-run (resume from that
   * checkpoint, so no node that finished runs again), or to the end (skip).
   * Sound only while the thread's lock is held.
   */
  async applyOnce(requestId: string, request: ThreadRequest): Promise<AppliedRequest> {
    const run = new ThreadSession(this.agent, this.threadId, this.context, requestId);
    const checkpointer = this.agent.checkpointer;
    if (!checkpointer || typeof checkpointer === "boolean") throw new Error("applyOnce needs an agent with a checkpointer");
    // The latest checkpoint alone answers the usual case — a request not started yet — without the
    // cost of getState (rebuilding channels and tasks); only a request seen before needs the full state.
    const latest = await checkpointer.getTuple({ configurable: { thread_id: this.threadId } });
    if (requestIdOf(latest?.metadata) !== requestId) return { outcome: "applied", result: await run.apply(request) };
    const snapshot = await this.agent.getState(run.config());
    // Finished when no task is left, or the run ended waiting for a human. Not `next`: it leaves out
    // tasks that finished, so a run killed after the last task of a step but before the step's
    // checkpoint shows no `next` though the following steps never ran.
    const midRun = snapshot.tasks.length > 0 && !snapshot.tasks.some((task) => task.interrupts.length > 0);
    if (!midRun) return { outcome: "already_applied", result: toTriageResult(snapshot.values as EscalationStateType) };
    return { outcome: "resumed", result: toTriageResult(await this.agent.invoke(null, run.config())) };
  }

  /**
   * Where the thread stands, for retention: finished (no task left and no
   * person on it), waiting for a person (or owned by one), mid-run (a run
   * that died part-way, to be resumed), or missing.
   */
  async progress(): Promise<"finished" | "waiting" | "mid_run" | "missing"> {
    const snapshot = await this.agent.getState(this.config());
    const values = snapshot.values as EscalationStateType | undefined;
    if (!values?.ticketId) return "missing";
    if (isHumanOwned(values.status) || snapshot.tasks.some((task) => task.interrupts.length > 0)) return "waiting";
    return snapshot.tasks.length > 0 ? "mid_run" : "finished";
  }

  /** The thread's state, or null when it does not exist. */
  async values(): Promise<EscalationStateType | null> {
    const snapshot = await this.agent.getState(this.config());
    const values = snapshot.values as EscalationStateType | undefined;
    return values?.ticketId ? values : null;
  }
}
