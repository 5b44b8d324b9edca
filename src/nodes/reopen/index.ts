/**
 * reopen: the customer wrote again on a resolved thread. The thread goes back
 * to the bot for a fresh triage (which may escalate again), with a note on
 * the conversation and a message to whoever last owned it, so the person who
 * closed it hears it is open again. One idempotency key per reopening.
 */
import type { Notification } from "../../domain/triage.js";
import type { AgentDependencies } from "../../graph/dependencies.js";
import type { EscalationStateType, EscalationUpdate } from "../../graph/state.js";
import type { ContextPackage } from "../handoff/context-package.js";

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
    const team = deps.routing.teams[handoff.team];
    if (!team) return update;
    const result = await deps.channels.deliver({
      id,
      kind: "forward_slack",
      target: team.slackChannel,
      contextPackage: handoff.contextPackage as unknown as ContextPackage,
      body: `Reopened — the customer wrote again after it was resolved:\n\n${words}`,
      ...(owner ? { owner } : {}),
    });
    const notification: Notification = {
      id,
      channel: "forward_slack",
      target: team.slackChannel,
      status: result.status,
      attempts: result.attempts,
      ...(result.ref ? { ref: result.ref } : {}),
      ...(result.error ? { error: result.error } : {}),
    };
    return { ...update, handoff: { ...handoff, notifications: [...handoff.notifications, notification] } };
  };
}
