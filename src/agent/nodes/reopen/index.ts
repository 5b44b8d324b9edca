/**
 * reopen: the customer wrote again on a resolved thread. The thread goes back
 * to the bot for a fresh triage (which may escalate again), with a note on
 * the conversation and a message to whoever last owned it, so the person who
 * closed it hears it is open again. One idempotency key per reopening.
 */
import type { AgentDependencies } from "../../dependencies.js";
import type { EscalationStateType, EscalationUpdate } from "../../state.js";
import { noteToTeam } from "../forward/team-note.js";

export function makeReopenNode(deps: AgentDependencies) {
  return async function reopen(state: EscalationStateType): Promise<EscalationUpdate> {
    const at = deps.now().toISOString();
    const owner = state.owner;
    const words = (state.message?.content ?? state.ticket?.description ?? state.ticket?.message ?? "").trim();
    const content = `Reopened: the customer wrote again after the ticket was resolved${owner ? ` (note sent to ${owner}, its last owner)` : ""}`;
    const update: EscalationUpdate = { status: "bot", conversation: [{ role: "system", content, at }] };
    const handoff = state.handoff;
    if (!handoff || !state.ticketId) return update;
    const reopenings = state.conversation.filter((t) => t.role === "system" && t.content.startsWith("Reopened:")).length + 1;
    const id = `${state.ticketId}:reopen:${reopenings}`;
    const body = `Reopened — the customer wrote again after it was resolved:\n\n${words}`;
    return { ...update, handoff: await noteToTeam(deps, handoff, { id, body, owner }) };
  };
}
