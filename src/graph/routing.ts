/**
 * The graph's conditional edges. Each router names every destination it may
 * return, so the compiled graph (and Studio's drawing) knows all paths.
 */
import { isHumanOwned } from "../domain/human.js";
import type { EscalationStateType } from "./state.js";

export type AfterAnalysis = "decide" | "forward";
export const AFTER_ANALYSIS_PATHS: AfterAnalysis[] = ["decide", "forward"];

/** A human owns the thread: pass the message on, the bot stays silent (deciding is theirs). Otherwise decide. */
export function routeAfterAnalysis(state: EscalationStateType): AfterAnalysis {
  return isHumanOwned(state.status) ? "forward" : "decide";
}

export type AfterDecision = "respond" | "hand_off";
export const AFTER_DECISION_PATHS: AfterDecision[] = ["respond", "hand_off"];

/** Any escalation (a hard trigger's immediate one too) is handed off while the customer gets the acknowledgement. */
export function routeAfterDecision(state: EscalationStateType): AfterDecision[] {
  return state.decision && state.decision.type !== "no_escalation" ? ["respond", "hand_off"] : ["respond"];
}

export type AfterLearning = "await_human" | "__end__";
export const AFTER_LEARNING_PATHS: AfterLearning[] = ["await_human", "__end__"];

/** Handed off: wait for a person. Otherwise the run is over. */
export function routeAfterLearning(state: EscalationStateType): AfterLearning {
  return isHumanOwned(state.status) ? "await_human" : "__end__";
}

export type AfterHumanAction = "await_human" | "__end__";
export const AFTER_HUMAN_ACTION_PATHS: AfterHumanAction[] = ["await_human", "__end__"];

/** Keep waiting until the ticket is resolved or released to the bot. */
export function routeAfterHumanAction(state: EscalationStateType): AfterHumanAction {
  return isHumanOwned(state.status) ? "await_human" : "__end__";
}
