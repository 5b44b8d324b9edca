/**
 * learn: records the decision in the LangGraph store, so verdicts can later
 * be attached to it and the policy can be calibrated from them.
 */
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { AgentDependencies } from "../../graph/dependencies.js";
import type { EscalationStateType, EscalationUpdate } from "../../graph/state.js";
import { requireState } from "../require-state.js";
import { buildOutcomeRecord, OUTCOMES_NAMESPACE } from "./outcome-record.js";

export function makeLearnNode(deps: AgentDependencies) {
  return async function learn(state: EscalationStateType, config: LangGraphRunnableConfig): Promise<EscalationUpdate> {
    const { ticketId, classification, analysis, decision } = requireState(state, "learn", [
      "ticketId",
      "classification",
      "analysis",
      "decision",
    ]);
    const store = config.store;
    if (!store) return { learning: null };

    const recordedAt = deps.now().toISOString();
    const record = buildOutcomeRecord(ticketId, classification, analysis, decision, state.metrics, recordedAt);
    const existing = await store.get([...OUTCOMES_NAMESPACE], ticketId);
    // A verdict a human already gave must survive a re-run of the thread.
    const verdict = (existing?.value as { verdict?: unknown } | undefined)?.verdict ?? null;
    await store.put([...OUTCOMES_NAMESPACE], ticketId, { ...record, verdict });
    return {
      learning: {
        recordKey: ticketId,
        namespace: [...OUTCOMES_NAMESPACE],
        segment: record.segment,
        recordedAt,
        similarCases: [],
        frozen: false,
      },
    };
  };
}
