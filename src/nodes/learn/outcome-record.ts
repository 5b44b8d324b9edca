/**
 * The outcome record: one per ticket in the LangGraph store, written when the
 * agent decides and completed later by a human's verdict (and the customer's
 * answer to the satisfaction survey). It holds a signature of the ticket
 * (what the policy can learn from and similar cases are found by), never the
 * customer's text.
 */
import type { Category } from "../../domain/taxonomy.js";
import type { Analysis, Classification, Decision, Metrics } from "../../domain/triage.js";
import type { PolicyTrace } from "../../learning/policy-trace.js";
import type { VerdictAuthor } from "../../learning/trust.js";

export const OUTCOMES_NAMESPACE = ["outcomes"] as const;

export interface Verdict {
  /** Whether the agent's call (escalate or not) was the right one. */
  appropriate: boolean;
  /** Whether this ticket warranted a person: the label the learned policy learns from. */
  shouldHaveEscalated: boolean;
  resolved: boolean;
  /** Customer satisfaction 1–5, when known. */
  satisfaction?: number;
  notes?: string;
  resolvedAt: string;
  /** Minutes from the agent's decision to the human's resolution. */
  resolutionMinutes: number;
  /** Who gave it and through what (src/learning/trust.ts); absent on older records and graph API verdicts without a name. */
  author?: VerdictAuthor;
}

export interface OutcomeRecord {
  ticketId: string;
  segment: string;
  /** Top-level copies, because store filters compare top-level keys only. */
  category: Category;
  escalated: boolean;
  signature: {
    category: Classification["category"];
    tier: Classification["customerType"];
    priority: Classification["priority"];
    complexity: Classification["complexity"];
    issueType: Classification["issueType"];
    signals: Classification["escalationSignals"];
    urgencyIndicators: Classification["urgencyIndicators"];
    language: string;
    frustration: number;
    risk: number;
    technical: number;
    /** Technical vocabulary and quoted error codes: product words, not the customer's sentences. */
    terms: string[];
  };
  decision: Pick<Decision, "type" | "targetTeam" | "urgency" | "source" | "confidence">;
  /** What the learned policy did for this decision; null for hard triggers (no deliberation). */
  policy: PolicyTrace | null;
  /** Model use and fallbacks on this thread so far. */
  usage: Pick<Metrics, "llmCalls" | "promptTokens" | "completionTokens" | "fallbacks">;
  /** Milliseconds per node on this thread so far. */
  timings: Record<string, number>;
  decidedAt: string;
  /** Filled by a human's resolve action (or a review). */
  verdict: null | Verdict;
}

/** Segments are category × tier: the unit the learned policy calibrates on. */
export function segmentOf(classification: Pick<Classification, "category" | "customerType">): string {
  return `${classification.category}:${classification.customerType}`;
}

export interface OutcomeInput {
  ticketId: string;
  classification: Classification;
  analysis: Analysis;
  decision: Decision;
  metrics: Metrics;
  /** Technical terms the rules engine found (state.findings). */
  technicalTerms: readonly string[];
  policy: PolicyTrace | null;
  decidedAt: string;
}

export function buildOutcomeRecord(input: OutcomeInput): OutcomeRecord {
  const { classification: c, analysis: a, decision: d, metrics } = input;
  return {
    ticketId: input.ticketId,
    segment: segmentOf(c),
    category: c.category,
    escalated: d.type !== "no_escalation",
    signature: {
      category: c.category,
      tier: c.customerType,
      priority: c.priority,
      complexity: c.complexity,
      issueType: c.issueType,
      signals: c.escalationSignals,
      urgencyIndicators: c.urgencyIndicators,
      language: c.language,
      frustration: a.frustration,
      risk: a.risk.overall,
      technical: a.complexityScores.technical,
      terms: [...new Set([...input.technicalTerms, ...c.entities.errorCodes])],
    },
    decision: { type: d.type, targetTeam: d.targetTeam, urgency: d.urgency, source: d.source, confidence: d.confidence },
    policy: input.policy,
    usage: {
      llmCalls: metrics.llmCalls,
      promptTokens: metrics.promptTokens,
      completionTokens: metrics.completionTokens,
      fallbacks: metrics.fallbacks,
    },
    timings: Object.fromEntries(Object.entries(metrics.nodes).map(([node, t]) => [node, Math.round(t.ms * 100) / 100])),
    decidedAt: input.decidedAt,
    verdict: null,
  };
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
