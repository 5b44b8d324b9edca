/**
 * handoff: gives an escalated ticket to people — the context package to the
 * target team by email, Slack and the ticketing system — and records what
 * was delivered, so a re-run never notifies twice.
 */
import type { EscalationStateType, EscalationUpdate } from "../../graph/state.js";
import type { AgentDependencies } from "../../graph/dependencies.js";
import type { Handoff, Notification } from "../../domain/triage.js";
import { buildContextPackage } from "./context-package.js";
import { planNotifications } from "./plan.js";
import { requireState } from "../require-state.js";

const DELIVERED: ReadonlySet<Notification["status"]> = new Set(["sent", "outbox"]);

export function makeHandoffNode(deps: AgentDependencies) {
  return async function handoff(state: EscalationStateType): Promise<EscalationUpdate> {
    const { ticketId, classification, analysis, decision } = requireState(state, "handoff", [
      "ticketId",
      "classification",
      "analysis",
      "decision",
    ]);
    const escalatedAt = deps.now().toISOString();
    const contextPackage = buildContextPackage({
      ticketId,
      ticket: state.ticket ?? {},
      classification,
      analysis,
      decision,
      conversation: state.conversation,
      escalatedAt,
    });

    const previous = new Map((state.handoff?.notifications ?? []).map((n) => [n.id, n]));
    const notifications: Notification[] = [];
    for (const planned of planNotifications(ticketId, decision, deps.routing, contextPackage)) {
      const before = previous.get(planned.id);
      if (before && DELIVERED.has(before.status)) {
        notifications.push(before);
        continue;
      }
      const result = await deps.channels.deliver(planned);
      notifications.push({
        id: planned.id,
        channel: planned.kind === "team_email" ? "email" : planned.kind === "customer_reply" ? "customer_email" : planned.kind,
        target: planned.target,
        status: result.status,
        attempts: (before?.attempts ?? 0) + result.attempts,
        ...(result.ref ? { ref: result.ref } : {}),
        ...(result.error ? { error: result.error } : {}),
      });
    }

    const handoff: Handoff = {
      status: handoffStatus(notifications),
      team: decision.targetTeam,
      urgency: decision.urgency,
      handedOffAt: state.handoff?.team === decision.targetTeam ? state.handoff.handedOffAt : escalatedAt,
      contextPackage: contextPackage as unknown as Record<string, unknown>,
      notifications: [...notifications, ...[...previous.values()].filter((n) => !notifications.some((m) => m.id === n.id))],
    };
    // Handed off: the thread now waits for a person (an owner keeps it).
    return { handoff, status: state.status === "human_owned" ? "human_owned" : "awaiting_human" };
  };
}

function handoffStatus(notifications: Notification[]): Handoff["status"] {
  const delivered = notifications.filter((n) => DELIVERED.has(n.status)).length;
  if (delivered === notifications.length) return "handed_off";
  if (delivered === 0) return "manual_intervention_required";
  return "partially_delivered";
}
