/**
 * handoff: gives an escalated ticket to people — the context package to the
 * target team by email, Slack and the ticketing system — and records what
 * was delivered. Exactly once: every notification has an idempotency key;
 * the channels' ledger (durable, beside the checkpoints) skips keys already
 * delivered, even when this node's own result was never checkpointed. A
 * channel that stays down triggers the seed's fallback alert.
 */
import type { EscalationStateType, EscalationUpdate } from "../../state.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { Handoff } from "../../../domain/handoff.js";
import type { Notification } from "../../../domain/triage.js";
import { fallbackWorthy, handoffStatusOf, isDelivered, toNotification } from "../../../delivery/notification.js";
import type { PlannedNotification } from "../../../delivery/types.js";
import { buildContextPackage } from "./context-package.js";
import { planFallback } from "./fallback.js";
import { planNotifications } from "./plan.js";
import { requireState } from "../require-state.js";

export function makeHandoffNode(deps: AgentDependencies) {
  return async function handoff(state: EscalationStateType): Promise<EscalationUpdate> {
    const { ticketId, classification, analysis, decision } = requireState(state, "handoff", ["ticketId", "classification", "analysis", "decision"]);
    const escalatedAt = deps.now().toISOString();
    const contextPackage = buildContextPackage({
      ticketId,
      ticket: state.ticket ?? {},
      classification,
      analysis,
      decision,
      conversation: state.conversation,
      escalatedAt,
      redact: deps.settings.privacy.redactKinds,
    });

    const previous = new Map((state.handoff?.notifications ?? []).map((n) => [n.id, n]));
    // Independent channels: one slow or failing channel must not hold up the others.
    const deliver = (planned: PlannedNotification[]) =>
      Promise.all(
        planned.map(async (p) => {
          const before = previous.get(p.id);
          if (isDelivered(before)) return before as Notification;
          return toNotification(p, await deps.channels.deliver(p), before);
        }),
      );

    const team = await deliver(planNotifications(ticketId, decision, deps.routing, contextPackage));
    const undelivered = fallbackWorthy(team);
    const fallback = await deliver(planFallback(ticketId, decision, deps.routing, contextPackage, undelivered));

    const current = [...team, ...fallback];
    const handoff: Handoff = {
      status: handoffStatusOf(team),
      team: decision.targetTeam,
      urgency: decision.urgency,
      handedOffAt: state.handoff?.team === decision.targetTeam ? state.handoff.handedOffAt : escalatedAt,
      contextPackage,
      notifications: [...current, ...[...previous.values()].filter((n) => !current.some((m) => m.id === n.id))],
    };
    // Handed off: the thread now waits for a person (an owner keeps it).
    return { handoff, status: state.status === "human_owned" ? "human_owned" : "awaiting_human" };
  };
}
