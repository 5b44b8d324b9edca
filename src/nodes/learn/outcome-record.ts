/**
 * The outcome record: one per ticket in the LangGraph store, written when the
 * agent decides and completed later by a human's verdict. It holds a
 * signature of the ticket (what the policy can learn from), never the
 * customer's text.
 */
import type { Analysis, Classification, Decision, Metrics } from "../../domain/triage.js";

export const OUTCOMES_NAMESPACE = ["outcomes"] as const;

export interface OutcomeRecord {
  ticketId: string;
  segment: string;
  signature: {
    category: Classification["category"];
    tier: Classification["customerType"];
    priority: Classification["priority"];
    signals: Classification["escalationSignals"];
    language: string;
    frustration: number;
    risk: number;
  };
  decision: Pick<Decision, "type" | "targetTeam" | "urgency" | "source" | "confidence">;
  /** Milliseconds per node on this thread so far. */
  timings: Record<string, number>;
  decidedAt: string;
  /** Filled by a human's resolve action. */
  verdict: null | {
    appropriate: boolean;
    shouldHaveEscalated: boolean;
    resolved: boolean;
    /** Customer satisfaction 1–5, when known. */
    satisfaction?: number;
    notes?: string;
    resolvedAt: string;
    /** Minutes from the agent's decision to the human's resolution. */
    resolutionMinutes: number;
  };
}

/** Segments are category × tier: the unit the learned policy calibrates on. */
export function segmentOf(classification: Pick<Classification, "category" | "customerType">): string {
  return `${classification.category}:${classification.customerType}`;
}

export function buildOutcomeRecord(
  ticketId: string,
  classification: Classification,
  analysis: Analysis,
  decision: Decision,
  metrics: Metrics,
  decidedAt: string,
): OutcomeRecord {
  return {
    ticketId,
    segment: segmentOf(classification),
    signature: {
      category: classification.category,
      tier: classification.customerType,
      priority: classification.priority,
      signals: classification.escalationSignals,
      language: classification.language,
      frustration: analysis.frustration,
      risk: analysis.risk.overall,
    },
    decision: {
      type: decision.type,
      targetTeam: decision.targetTeam,
      urgency: decision.urgency,
      source: decision.source,
      confidence: decision.confidence,
    },
    timings: Object.fromEntries(Object.entries(metrics.nodes).map(([node, t]) => [node, Math.round(t.ms * 100) / 100])),
    decidedAt,
    verdict: null,
  };
}
