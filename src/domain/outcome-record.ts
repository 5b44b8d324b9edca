/**
 * The outcome record: one per ticket in the LangGraph store, written when the
 * agent decides and completed later by a human's verdict (and the customer's
 * answer to the satisfaction survey). It holds a signature of the ticket
 * (what the policy can learn from and similar cases are found by), never the
 * customer's text.
 *
 * The contract lives here so learning, analytics and retention read it
 * without importing the node that writes it (src/agent/nodes/learn/outcome-record.ts
 * builds it), which would close a nodes ⇄ learning loop.
 */
import { z } from "zod";
import { PolicyTrace } from "./policy-trace.js";
import { VerdictAuthor } from "./verdict-author.js";
import { Category } from "./taxonomy.js";
import { Classification, Decision, Metrics } from "./triage.js";

export const OUTCOMES_NAMESPACE = ["outcomes"] as const;

export const Verdict = z.object({
  /** Whether the agent's call (escalate or not) was the right one. */
  appropriate: z.boolean(),
  /** Whether this ticket warranted a person: the label the learned policy learns from. */
  shouldHaveEscalated: z.boolean(),
  resolved: z.boolean(),
  /** Customer satisfaction 1–5, when known. */
  satisfaction: z.number().optional(),
  notes: z.string().optional(),
  resolvedAt: z.string(),
  /** Minutes from the agent's decision to the human's resolution. */
  resolutionMinutes: z.number(),
  /** Who gave it and through what (src/learning/trust.ts); absent on older records and graph API verdicts without a name. */
  author: VerdictAuthor.optional(),
});
export type Verdict = z.infer<typeof Verdict>;

export const OutcomeRecord = z.object({
  ticketId: z.string(),
  segment: z.string(),
  /** Top-level copies, because store filters compare top-level keys only. */
  category: Category,
  escalated: z.boolean(),
  signature: z.object({
    category: Classification.shape.category,
    tier: Classification.shape.customerType,
    priority: Classification.shape.priority,
    complexity: Classification.shape.complexity,
    issueType: Classification.shape.issueType,
    signals: Classification.shape.escalationSignals,
    urgencyIndicators: Classification.shape.urgencyIndicators,
    language: z.string(),
    frustration: z.number(),
    risk: z.number(),
    technical: z.number(),
    /** Technical vocabulary and quoted error codes: product words, not the customer's sentences. */
    terms: z.array(z.string()),
  }),
  decision: Decision.pick({ type: true, targetTeam: true, urgency: true, source: true, confidence: true }),
  /** What the learned policy did for this decision; null for hard triggers (no deliberation). */
  policy: PolicyTrace.nullable(),
  /** Model use and fallbacks on this thread so far. */
  usage: Metrics.pick({ llmCalls: true, promptTokens: true, completionTokens: true, fallbacks: true }),
  /** Milliseconds per node on this thread so far. */
  timings: z.record(z.string(), z.number()),
  decidedAt: z.string(),
  /** Filled by a human's resolve action (or a review). */
  verdict: Verdict.nullable(),
});
export type OutcomeRecord = z.infer<typeof OutcomeRecord>;

/** Segments are category × tier: the unit the learned policy calibrates on. */
export function segmentOf(classification: Pick<Classification, "category" | "customerType">): string {
  return `${classification.category}:${classification.customerType}`;
}

/** A record as read back from a store, checked just enough to be used safely (older records lack newer fields). */
export function asOutcomeRecord(value: Record<string, unknown>): OutcomeRecord | null {
  const v = value as Partial<OutcomeRecord>;
  if (typeof v.ticketId !== "string" || typeof v.segment !== "string" || !v.signature || !v.decision) return null;
  return {
    ...(v as OutcomeRecord),
    category: v.category ?? v.signature.category,
    escalated: v.escalated ?? v.decision.type !== "no_escalation",
    policy: v.policy ? { ...v.policy, guard: v.policy.guard ?? [] } : null,
    usage: v.usage ?? { llmCalls: 0, promptTokens: 0, completionTokens: 0, fallbacks: 0 },
    timings: v.timings ?? {},
    verdict: v.verdict ?? null,
  };
}
