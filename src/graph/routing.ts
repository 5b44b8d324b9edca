/**
 * The graph's conditional edges. Each router names every destination it may
 * return, so the compiled graph (and Studio's drawing) knows all paths.
 */
import type { EscalationStateType } from "./state.js";

export type AfterAnalysis = "decide" | "respond" | "hand_off";
export const AFTER_ANALYSIS_PATHS: AfterAnalysis[] = ["decide", "respond", "hand_off"];

/** A hard trigger skips deliberation: reply and hand off at once, in parallel. */
export function routeAfterAnalysis(state: EscalationStateType): AfterAnalysis[] {
  return state.analysis?.immediateEscalation.required ? ["respond", "hand_off"] : ["decide"];
}

export type AfterDecision = "respond" | "hand_off";
export const AFTER_DECISION_PATHS: AfterDecision[] = ["respond", "hand_off"];

/** Any escalation is handed off while the customer gets the acknowledgement. */
export function routeAfterDecision(state: EscalationStateType): AfterDecision[] {
  return state.decision && state.decision.type !== "no_escalation" ? ["respond", "hand_off"] : ["respond"];
}
