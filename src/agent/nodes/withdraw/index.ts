/**
 * withdraw: the customer took back what an escalation nobody had claimed yet
 * was about ("false alarm, our firewall", "nvm, found it, no need for a
 * call"), and decide, judging the whole thread again, found nothing left that
 * needs a person. The thread goes back to the bot, and the team is told in
 * the handoff's Slack thread, so nobody picks up a case that is over. A
 * ticket someone has claimed is never withdrawn: its owner decides (forward).
 */
import type { AgentDependencies } from "../../dependencies.js";
import type { EscalationStateType, EscalationUpdate } from "../../state.js";
import { noteToTeam } from "../forward/team-note.js";

export const WITHDRAWN_NOTE = "Withdrawn:";

export function makeWithdrawNode(deps: AgentDependencies) {
  return async function withdraw(state: EscalationStateType): Promise<EscalationUpdate> {
    const customerTurns = state.conversation.filter((t) => t.role === "customer");
    const words = (customerTurns.at(-1)?.content ?? "").trim();
    const team = state.handoff?.team;
    const content = `${WITHDRAWN_NOTE} the customer took back what the escalation was about; the thread is back with the bot${team ? ` and ${team} was told` : ""}`;
    const update: EscalationUpdate = { status: "bot", owner: null, conversation: [{ role: "system", content, at: deps.now().toISOString() }] };
    if (!state.handoff || !state.ticketId) return update;
    const id = `${state.ticketId}:withdrawn:${customerTurns.length}`;
    const body = `Withdrawn — the customer says this no longer needs a person, and nothing else in the thread does:\n\n${words}`;
    return { ...update, handoff: await noteToTeam(deps, state.handoff, { id, body, owner: state.owner }) };
  };
}
