/**
 * Cost of a run: model calls and tokens (from the agent's own metrics) and
 * wall-clock latency per invocation (a ticket or a follow-up message),
 * measured by the runner around each invoke.
 */
import type { CaseResult } from "../case-result.js";

export interface LatencySummary {
  n: number;
  meanMs: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  maxMs: number | null;
  totalMs: number;
}

export interface UsageScore {
  invocations: number;
  llmCalls: number;
  promptTokens: number;
  completionTokens: number;
  fallbacks: number;
  llmCallsPerTicket: number | null;
  tokensPerTicket: number | null;
  latency: LatencySummary;
}

/** Takes every invocation, labelled or not: each one cost time and tokens. */
export function scoreUsage(cases: readonly CaseResult[]): UsageScore {
  const total = (pick: (c: CaseResult) => number) => cases.reduce((sum, c) => sum + pick(c), 0);
  const llmCalls = total((c) => c.usage.llmCalls);
  const promptTokens = total((c) => c.usage.promptTokens);
  const completionTokens = total((c) => c.usage.completionTokens);
  const n = cases.length;
  return {
    invocations: n,
    llmCalls,
    promptTokens,
    completionTokens,
    fallbacks: total((c) => c.usage.fallbacks),
    llmCallsPerTicket: n === 0 ? null : llmCalls / n,
    tokensPerTicket: n === 0 ? null : (promptTokens + completionTokens) / n,
    latency: summariseLatency(cases.map((c) => c.latencyMs)),
  };
}

export function summariseLatency(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const totalMs = sorted.reduce((a, b) => a + b, 0);
  const n = sorted.length;
  return {
    n,
    meanMs: n === 0 ? null : totalMs / n,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    maxMs: n === 0 ? null : (sorted[n - 1] as number),
    totalMs,
  };
}

/** Nearest-rank percentile: always a value that was measured, never an interpolation. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] as number;
}
