/**
 * learn: records the decision in the LangGraph store, so verdicts can later
 * be attached to it and the policy can be calibrated from them. It also
 * takes in what the learned policy did for this run's decision (the trace
 * decide left in the state), and clears that trace so a later run that does
 * not deliberate cannot inherit it.
 */
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { AgentError } from "../../../domain/triage.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { EscalationStateType, EscalationUpdate } from "../../state.js";
import { readOutcome, writeOutcome } from "../../../learning/outcomes.js";
import { storeCaseVector } from "../../../learning/similar-cases.js";
import { requireState } from "../require-state.js";
import { OUTCOMES_NAMESPACE } from "../../../domain/outcome-record.js";
import { buildOutcomeRecord } from "./outcome-record.js";

export function makeLearnNode(deps: AgentDependencies) {
  return async function learn(state: EscalationStateType, config: LangGraphRunnableConfig): Promise<EscalationUpdate> {
    const { ticketId, classification, analysis, decision } = requireState(state, "learn", ["ticketId", "classification", "analysis", "decision"]);
    const store = config.store;
    if (!store) return { learning: null, policyTrace: null };

    const recordedAt = deps.now().toISOString();
    const policy = state.policyTrace ?? null;
    const record = buildOutcomeRecord({
      ticketId,
      classification,
      analysis,
      decision,
      metrics: state.metrics,
      technicalTerms: state.findings?.technicalTerms ?? [],
      policy,
      decidedAt: recordedAt,
    });
    // A verdict a human already gave must survive a re-run of the thread.
    const existing = await readOutcome(store, ticketId);
    await writeOutcome(store, { ...record, verdict: existing?.verdict ?? null });

    const errors: AgentError[] = [];
    if (deps.caseEmbedder) {
      try {
        await storeCaseVector(store, deps.caseEmbedder, record);
      } catch (error) {
        // Without a vector the case is still found lexically.
        errors.push({ node: "learn", message: `could not embed the case (${(error as Error).message})`, at: recordedAt });
      }
    }
    return {
      learning: {
        recordKey: ticketId,
        namespace: [...OUTCOMES_NAMESPACE],
        segment: record.segment,
        recordedAt,
        similarCases: policy?.similarCases ?? [],
        frozen: policy?.frozen ?? false,
      },
      policyTrace: null,
      ...(errors.length > 0 ? { errors } : {}),
    };
  };
}
