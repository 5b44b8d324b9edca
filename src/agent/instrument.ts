/**
 * Wraps a node so it reports its own wall time into `metrics.nodes` (and to
 * Prometheus, src/observability). Done here once rather than in every node,
 * so timings cannot be forgotten.
 */
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { observeNodeRun } from "../observability/graph-events.js";
import type { EscalationStateType, EscalationUpdate, MetricsDelta } from "./state.js";

type Node = (state: EscalationStateType, config: LangGraphRunnableConfig) => Promise<EscalationUpdate>;

export function timed(name: string, node: Node): Node {
  return async (state, config) => {
    const started = performance.now();
    const update = await node(state, config);
    const ms = performance.now() - started;
    observeNodeRun(name, ms, state, update);
    const own = (update.metrics ?? {}) as MetricsDelta;
    return {
      ...update,
      metrics: { ...own, nodes: { ...(own.nodes ?? {}), [name]: { ms, runs: 1 } } },
    };
  };
}
