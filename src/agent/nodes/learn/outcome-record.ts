/**
 * Builds the outcome record learn writes when the agent decides; its
 * contract (schema, type, how a stored one reads back) is in
 * src/domain/outcome-record.ts.
 */
import { segmentOf, type OutcomeRecord } from "../../../domain/outcome-record.js";
import type { Analysis, Classification, Decision, Metrics } from "../../../domain/triage.js";
import type { PolicyTrace } from "../../../domain/policy-trace.js";

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
