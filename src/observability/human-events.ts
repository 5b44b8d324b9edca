/**
 * People's side of an escalation for the metrics: how long a handoff waited
 * for its first claim and for its resolution, measured from the handoff's
 * own time to the action's (both on the agent's clock), by team and urgency.
 */
import type { Handoff } from "../domain/handoff.js";
import type { HumanAction, ThreadStatus } from "../domain/human.js";
import { record } from "./metrics.js";

/** What is read of the thread's state (the graph's state has these fields). */
export interface HandoffView {
  handoff?: Handoff | null | undefined;
  status: ThreadStatus;
}

export function observeHumanAction(action: HumanAction, state: HandoffView, at: string): void {
  const handoff = state.handoff;
  if (!handoff) return;
  const seconds = (Date.parse(at) - Date.parse(handoff.handedOffAt)) / 1000;
  if (!Number.isFinite(seconds) || seconds < 0) return;
  const labels = { team: handoff.team, urgency: handoff.urgency };
  // The first person to take it (a claim, or a reply, which takes ownership) ends the wait; a reassignment does not.
  const firstClaim = state.status === "awaiting_human" && (action.action === "claim" || action.action === "reply");
  const resolved = action.action === "resolve" && state.status !== "resolved";
  record((m) => {
    if (firstClaim) m.timeToClaim.observe(labels, seconds);
    if (resolved) m.timeToResolution.observe(labels, seconds);
  });
}
