/**
 * Outcome records for tests, built the way the learn node builds them
 * (buildOutcomeRecord over the real contract fixtures), with a verdict
 * attached when asked.
 */
import type { Category, CustomerTier, DecisionType, EscalationSignal } from "../../src/domain/taxonomy.js";
import type { OutcomeRecord, Verdict } from "../../src/domain/outcome-record.js";
import { buildOutcomeRecord } from "../../src/agent/nodes/learn/outcome-record.js";
import { makeAnalysis, makeClassification, makeDecision } from "../fixtures/triage.js";

export interface OutcomeSpec {
  ticketId: string;
  category?: Category;
  tier?: CustomerTier;
  terms?: string[];
  signals?: EscalationSignal[];
  decision?: DecisionType;
  risk?: number;
  decidedAt?: string;
  verdict?: Partial<Verdict> | null;
  usage?: Partial<OutcomeRecord["usage"]>;
  timings?: Record<string, number>;
}

export function outcome(spec: OutcomeSpec): OutcomeRecord {
  const decidedAt = spec.decidedAt ?? "2025-03-01T10:00:00.000Z";
  const record = buildOutcomeRecord({
    ticketId: spec.ticketId,
    classification: makeClassification({
      category: spec.category ?? "general_inquiry",
      customerType: spec.tier ?? "paid",
      escalationSignals: spec.signals ?? [],
    }),
    analysis: makeAnalysis({ risk: { overall: spec.risk ?? 10, sentiment: 10, complexity: 10, business: 10, customer: 10 } }),
    decision: makeDecision({ type: spec.decision ?? "no_escalation" }),
    metrics: {
      nodes: Object.fromEntries(Object.entries(spec.timings ?? {}).map(([node, ms]) => [node, { ms, runs: 1 }])),
      llmCalls: 0,
      promptTokens: 0,
      completionTokens: 0,
      fallbacks: 0,
      ...spec.usage,
    },
    technicalTerms: spec.terms ?? [],
    policy: null,
    decidedAt,
  });
  if (spec.verdict === null || spec.verdict === undefined) return record;
  const escalated = record.escalated;
  return {
    ...record,
    verdict: {
      appropriate: true,
      shouldHaveEscalated: escalated,
      resolved: true,
      resolvedAt: "2025-03-01T11:00:00.000Z",
      resolutionMinutes: 60,
      ...spec.verdict,
    },
  };
}
