/**
 * One call to triage a validated ticket (see parseTicket): picks the thread
 * (the ticket id unless told otherwise) and returns the output contract.
 */
import type { z } from "zod";
import type { Ticket } from "../domain/ticket.js";
import { EscalationContext, resolveContext } from "./context.js";
import type { EscalationAgent } from "./graph.js";
import { toTriageResult, type TriageResult } from "./output.js";

type EscalationContextInput = z.input<typeof EscalationContext>;

export interface TriageOptions {
  /** Thread to run on; defaults to the ticket id, so the same id continues its thread. */
  threadId?: string;
  /** Per-run model and thresholds; what is left out takes its default. */
  context?: EscalationContextInput;
}

export async function triageTicket(agent: EscalationAgent, ticket: Ticket, options: TriageOptions = {}): Promise<TriageResult> {
  const state = await agent.invoke(
    { ticket },
    { configurable: { thread_id: options.threadId ?? ticket.id }, context: resolveContext(options.context) },
  );
  return toTriageResult(state);
}
