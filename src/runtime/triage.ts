/**
 * One call to triage a validated ticket (see parseTicket): picks the thread
 * (the ticket id unless told otherwise) and returns the output contract.
 */
import type { z } from "zod";
import type { Ticket } from "../domain/ticket.js";
import type { EscalationContext } from "../agent/context.js";
import type { EscalationAgent } from "../agent/graph.js";
import type { TriageResult } from "./output.js";
import { ThreadClient } from "./thread-client.js";

export interface TriageOptions {
  /** Thread to run on; defaults to the ticket id, so the same id continues its thread. */
  threadId?: string;
  /** Per-run model and thresholds; what is left out takes its default. */
  context?: z.input<typeof EscalationContext>;
}

export async function triageTicket(agent: EscalationAgent, ticket: Ticket, options: TriageOptions = {}): Promise<TriageResult> {
  return new ThreadClient(agent, undefined, options.context).triage(ticket, options.threadId);
}
