/**
 * forward: a customer wrote while a human owns the ticket. The bot stays
 * silent (no reply); the message is already in the conversation (intake)
 * and goes to the owner through the handoff's channels.
 */
import type { AgentDependencies } from "../../dependencies.js";
import type { EscalationStateType, EscalationUpdate } from "../../state.js";
import { forwardToOwner } from "./deliver.js";

export function makeForwardNode(deps: AgentDependencies) {
  return async function forward(state: EscalationStateType): Promise<EscalationUpdate> {
    const notification = await forwardToOwner(deps, state);
    return {
      response: null,
      ...(notification && state.handoff ? { handoff: { ...state.handoff, notifications: [...state.handoff.notifications, notification] } } : {}),
    };
  };
}
