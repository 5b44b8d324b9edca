/**
 * forward: a customer wrote while a human owns the ticket. The bot stays
 * silent (no reply); the message is already in the conversation (intake)
 * and goes to the owner through the handoff's channels. When decide raised
 * the escalation for this message (a new hard trigger), the team reads the
 * new urgency first, the handoff carries it from now on (upgrade.ts), and
 * the thread keeps a note of it.
 */
import type { Handoff } from "../../../domain/handoff.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { EscalationStateType, EscalationUpdate } from "../../state.js";
import { buildContextPackage } from "../handoff/context-package.js";
import { forwardToOwner } from "./deliver.js";
import { upgradedHandoff, upgradeHeadline, upgradeOf, type Upgrade } from "./upgrade.js";

export function makeForwardNode(deps: AgentDependencies) {
  return async function forward(state: EscalationStateType): Promise<EscalationUpdate> {
    const handoff = state.handoff;
    if (!handoff) return { response: null };
    const upgrade = upgradeOf(handoff, state.decision);
    if (!upgrade) {
      const notifications = await forwardToOwner(deps, state);
      return { response: null, ...(notifications.length > 0 ? { handoff: withNotifications(handoff, notifications) } : {}) };
    }
    return { response: null, ...(await forwardUpgrade(deps, state, handoff, upgrade)) };
  };
}

async function forwardUpgrade(deps: AgentDependencies, state: EscalationStateType, handoff: Handoff, upgrade: Upgrade): Promise<EscalationUpdate> {
  const at = deps.now().toISOString();
  const { ticketId, classification, analysis } = state;
  // decide ran on this thread's classification and analysis; without them there is nothing to raise.
  if (!ticketId || !classification || !analysis) return {};
  const contextPackage = buildContextPackage({
    ticketId,
    ticket: state.ticket ?? {},
    classification,
    analysis,
    decision: upgrade.to,
    conversation: state.conversation,
    escalatedAt: at,
    redact: deps.settings.privacy.redactKinds,
  });
  const notifications = await forwardToOwner(deps, state, { headline: upgradeHeadline(upgrade, handoff.team), contextPackage });
  const told = state.owner ? `${state.owner} (${handoff.team}) was told` : `${handoff.team} was told`;
  return {
    handoff: upgradedHandoff(withNotifications(handoff, notifications), upgrade, contextPackage, at),
    conversation: [{ role: "system", content: `Escalation raised to ${upgrade.to.type} (was ${upgrade.from.type}) by the customer's message; ${told}`, at }],
  };
}

function withNotifications(handoff: Handoff, notifications: Handoff["notifications"]): Handoff {
  return { ...handoff, notifications: [...handoff.notifications, ...notifications] };
}
