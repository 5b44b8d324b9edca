/**
 * Writing a human's verdict into a ticket's outcome record — from a resolve
 * action on an escalated thread, or from a review of a ticket the bot kept
 * (the only way to say "this should have gone to a person").
 */
import type { BaseStore } from "@langchain/langgraph";
import type { OutcomeRecord, Verdict } from "../domain/outcome-record.js";
import { readOutcome, writeOutcome } from "./outcomes.js";
import type { VerdictAuthor } from "./trust.js";

export interface VerdictInput {
  /** Whether the agent's call was right (for an escalation: whether escalating was). */
  appropriate: boolean;
  /** Whether a person was warranted; derived from `appropriate` and the decision when not given. */
  shouldHaveEscalated?: boolean;
  resolved: boolean;
  satisfaction?: number;
  notes?: string;
  /** Who gave it, through what (trust.ts). */
  author?: VerdictAuthor;
}

export function buildVerdict(record: OutcomeRecord, input: VerdictInput, at: string): Verdict {
  return {
    appropriate: input.appropriate,
    // An appropriate escalation was warranted; an appropriate "no" was not.
    shouldHaveEscalated: input.shouldHaveEscalated ?? (record.escalated ? input.appropriate : !input.appropriate),
    resolved: input.resolved,
    ...(input.satisfaction !== undefined ? { satisfaction: input.satisfaction } : {}),
    ...(input.notes ? { notes: input.notes } : {}),
    ...(input.author ? { author: input.author } : {}),
    resolvedAt: at,
    resolutionMinutes: Math.max(0, Math.round((Date.parse(at) - Date.parse(record.decidedAt)) / 60_000)),
  };
}

/** Completes the record; null when the ticket has none (no store at decision time, or an unknown id). */
export async function recordVerdict(store: BaseStore, ticketId: string, input: VerdictInput, at: string): Promise<OutcomeRecord | null> {
  const record = await readOutcome(store, ticketId);
  if (!record) return null;
  const updated: OutcomeRecord = { ...record, verdict: buildVerdict(record, input, at) };
  await writeOutcome(store, updated);
  return updated;
}

/**
 * The customer's answer to the survey. Kept on the verdict, which exists
 * because surveys are only sent after a resolution; null when it does not.
 */
export async function recordSatisfaction(store: BaseStore, ticketId: string, satisfaction: number): Promise<OutcomeRecord | null> {
  const record = await readOutcome(store, ticketId);
  if (!record?.verdict) return null;
  const updated: OutcomeRecord = { ...record, verdict: { ...record.verdict, satisfaction } };
  await writeOutcome(store, updated);
  return updated;
}
