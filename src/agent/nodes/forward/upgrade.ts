/**
 * A customer's message on a thread already with people that raised its
 * escalation (decide answered a new hard trigger with the immediate one):
 * what the team is told first, and the handoff as it stands from now on.
 * Only ever upward: a decision no more urgent than the handoff changes
 * nothing here.
 */
import { SERVICE_LEVELS } from "../../../domain/service-levels.js";
import { URGENCIES } from "../../../domain/taxonomy.js";
import type { Handoff } from "../../../domain/handoff.js";
import type { Decision } from "../../../domain/triage.js";
import type { ContextPackage } from "../../../domain/context-package.js";

export interface Upgrade {
  /** The handoff's escalation before this message. */
  from: Pick<ContextPackage["escalation"], "type" | "urgency">;
  to: Decision;
}

/** The upgrade this run's decision makes to the handoff, or null when it is not more urgent. */
export function upgradeOf(handoff: Handoff, decision: Decision | null | undefined): Upgrade | null {
  if (!decision || decision.type === "no_escalation") return null;
  if (URGENCIES.indexOf(decision.urgency) >= URGENCIES.indexOf(handoff.urgency)) return null;
  return { from: { type: handoff.contextPackage.escalation.type, urgency: handoff.urgency }, to: decision };
}

/**
 * One line the team reads before the customer's words: what it is now, what
 * it was, why, and the new promise. When the trigger calls for another team
 * than the one that has the ticket, it says so (the owners decide whom to bring in).
 */
export function upgradeHeadline(upgrade: Upgrade, owningTeam: string): string {
  const { from, to } = upgrade;
  const why = to.reasons.filter((r) => r.startsWith("hard trigger:")).join("; ") || to.reasons.join("; ");
  const team = to.targetTeam !== owningTeam ? ` It calls for ${to.targetTeam}.` : "";
  return `Escalation raised to ${to.urgency.toUpperCase()} (was ${from.type}, ${from.urgency}): ${why}. A person is now promised ${SERVICE_LEVELS[to.urgency].label}.${team}`;
}

/**
 * The handoff after the upgrade: the new urgency and context package, timed
 * from now. The pick-up promise (and the overdue reminder that checks it)
 * counts from when the team heard of the new urgency, not from the original
 * handoff, which would make a day-old scheduled ticket overdue at once. The
 * owning team stays: the thread is theirs.
 */
export function upgradedHandoff(handoff: Handoff, upgrade: Upgrade, contextPackage: ContextPackage, at: string): Handoff {
  return { ...handoff, urgency: upgrade.to.urgency, handedOffAt: at, contextPackage };
}
