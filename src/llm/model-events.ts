/**
 * Model requests for the metrics, by graph node and model: every request
 * sent (retries and repair requests included), its latency, the tokens the
 * provider reported, timeouts, retries, and judgements that fell back. The
 * node is read from LangGraph's run context, so callers pass nothing.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { BaseMessage } from "@langchain/core/messages";
import { getConfig } from "@langchain/langgraph";
import { tokensOf } from "./usage.js";
import { record } from "../observability/metrics.js";

/** The graph node running now, or "none" outside a graph run (evals, direct calls). */
function currentNode(): string {
  try {
    const node = getConfig()?.metadata?.langgraph_node;
    return typeof node === "string" ? node : "none";
  } catch {
    return "none";
  }
}

/** The model's name as its provider knows it (e.g. gpt-4o-mini), else LangChain's class name. */
export function modelName(model: BaseChatModel): string {
  const name = (model as { model?: unknown }).model;
  return typeof name === "string" && name ? name : model.getName();
}

function isTimeout(signal: AbortSignal): boolean {
  return signal.aborted && (signal.reason as { name?: unknown } | undefined)?.name === "TimeoutError";
}

/**
 * `invoke` metered: wrap it once per judgement request, so the first request
 * through it is a request and every further one (a retry) is counted as such.
 */
export function meterModelRequests<O extends { signal: AbortSignal }, R extends { raw: BaseMessage }>(
  model: BaseChatModel,
  invoke: (messages: BaseMessage[], options: O) => Promise<R>,
): (messages: BaseMessage[], options: O) => Promise<R> {
  let sent = 0;
  return async (messages, options) => {
    const labels = { node: currentNode(), model: modelName(model) };
    if (sent++ > 0) record((m) => m.modelRetries.inc(labels));
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const answer = await invoke(messages, options);
      const tokens = tokensOf(answer.raw);
      record((m) => {
        m.modelRequests.inc({ ...labels, outcome: "ok" });
        m.modelLatency.observe(labels, seconds());
        m.modelTokens.inc({ ...labels, kind: "prompt" }, tokens.promptTokens);
        m.modelTokens.inc({ ...labels, kind: "completion" }, tokens.completionTokens);
      });
      return answer;
    } catch (error) {
      const timedOut = isTimeout(options.signal);
      record((m) => {
        m.modelRequests.inc({ ...labels, outcome: timedOut ? "timeout" : "error" });
        m.modelLatency.observe(labels, seconds());
        if (timedOut) m.modelTimeouts.inc(labels);
      });
      throw error;
    }
  };
}

/** A judgement whose model failed, answered by the rules or the template instead; a cancelled run is not a fallback. */
export function modelFellBack(model: BaseChatModel, reason: string): void {
  if (reason === "aborted") return;
  record((m) => m.modelFallbacks.inc({ node: currentNode(), model: modelName(model), reason }));
}
