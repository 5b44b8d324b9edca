/**
 * The graph's conditional edges. Each router names every destination it may
 * return, so the compiled graph (and Studio's drawing) knows all paths.
 */
import { isHumanOwned } from "../domain/human.js";
import type { EscalationStateType } from "./state.js";

export type AfterAnalysis = "decide" | "forward";
export const AFTER_ANALYSIS_PATHS: AfterAnalysis[] = ["decide", "forward"];

/**
 * A human owns the thread: pass the message on, the bot stays silent
 * (deciding is theirs) — unless nobody has claimed it yet and the customer
 * takes the alarm back, or the thread now has a hard trigger its standing
 * escalation does not answer; then decide judges it again and the message
 * still goes to the team (routeAfterDecision). Otherwise decide.
 */
export function routeAfterAnalysis(state: EscalationStateType): AfterAnalysis {
  if (state.status === "awaiting_human" && takesTheAlarmBack(state)) return "decide";
  if (isHumanOwned(state.status) && raisesTheAlarm(state)) return "decide";
  return isHumanOwned(state.status) ? "forward" : "decide";
}

/**
 * A hard trigger (a request for a person now, a legal threat, a chargeback,
 * an incident) on a thread whose standing escalation is not the immediate
 * one: a scheduled or specialist handoff would leave it waiting for hours.
 * decide answers a hard trigger with the immediate escalation and nothing
 * else, so this path only ever raises the decision, whoever owns the thread.
 */
function raisesTheAlarm(state: EscalationStateType): boolean {
  return state.analysis?.immediateEscalation.required === true && state.decision?.type !== "immediate_escalation";
}

/**
 * The latest customer message takes back an earlier alarm ("false alarm",
 * "nvm, found it", "that was my partner"), as the rules read it once
 * (signals/withdrawal.ts, carried in the findings).
 */
function takesTheAlarmBack(state: EscalationStateType): boolean {
  const latest = state.findings?.latestMessage;
  return latest !== undefined && (latest.retracted || latest.ownActivity);
}

export type AfterDecision = "respond" | "hand_off" | "forward" | "withdraw";
export const AFTER_DECISION_PATHS: AfterDecision[] = ["respond", "hand_off", "forward", "withdraw"];

/**
 * Any escalation (a hard trigger's immediate one too) is handed off while
 * the customer gets the acknowledgement. On a thread already waiting for a
 * person, the handoff stands and the message goes to the team when
 * something still needs one; otherwise the escalation is withdrawn while
 * the customer gets the reply.
 */
export function routeAfterDecision(state: EscalationStateType): AfterDecision[] {
  const escalates = state.decision !== null && state.decision !== undefined && state.decision.type !== "no_escalation";
  if (isHumanOwned(state.status)) return escalates ? ["forward"] : ["respond", "withdraw"];
  return escalates ? ["respond", "hand_off"] : ["respond"];
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
