/**
 * What model calls cost, summed per node into `metrics`: every request sent
 * (retries and repairs included) and the tokens the provider reported in
 * `usage_metadata`. A request that failed before an answer arrived counts as
 * a call with no tokens.
 */
import { AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { Metrics } from "../domain/triage.js";

export interface CallUsage {
  calls: number;
  promptTokens: number;
  completionTokens: number;
  /** Calls not made because the endpoint's circuit breaker was open (breaker.ts). */
  skipped: number;
}

export const noUsage = (): CallUsage => ({ calls: 0, promptTokens: 0, completionTokens: 0, skipped: 0 });

export function addUsage(...usages: CallUsage[]): CallUsage {
  return usages.reduce(
    (sum, u) => ({
      calls: sum.calls + u.calls,
      promptTokens: sum.promptTokens + u.promptTokens,
      completionTokens: sum.completionTokens + u.completionTokens,
      skipped: sum.skipped + u.skipped,
    }),
    noUsage(),
  );
}

/** Tokens of one answer, from the message's usage_metadata (absent for some local servers). */
export function tokensOf(message: BaseMessage | undefined): Pick<CallUsage, "promptTokens" | "completionTokens"> {
  const usage = AIMessage.isInstance(message) ? message.usage_metadata : undefined;
  return { promptTokens: usage?.input_tokens ?? 0, completionTokens: usage?.output_tokens ?? 0 };
}

/** The model-call part of a node's metrics delta (the graph's MetricsDelta is Partial<Metrics>). */
export function usageMetrics(usage: CallUsage, fallbacks = 0): Partial<Metrics> {
  return {
    llmCalls: usage.calls,
    promptTokens: usage.promptTokens,
    completionTokens: usage.completionTokens,
    fallbacks,
    ...(usage.skipped > 0 ? { llmSkipped: usage.skipped } : {}),
  };
}
