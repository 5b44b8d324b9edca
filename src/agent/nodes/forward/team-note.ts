/**
 * A note into the Slack thread of a ticket's handoff, for the team that has
 * it: a reopening, a withdrawal. One idempotency key per note, so a re-run
 * sends nothing twice.
 */
import type { Handoff } from "../../../domain/handoff.js";
import type { AgentDependencies } from "../../dependencies.js";
import { forwardToSlack } from "../../../delivery/notification.js";

export interface TeamNote {
  id: string;
  body: string;
  /** Who owns (or last owned) the ticket, addressed by name. */
  owner: string | null;
}

/** The handoff with the note's delivery appended; the handoff unchanged when its team is not in the routing. */
export async function noteToTeam(deps: AgentDependencies, handoff: Handoff, note: TeamNote): Promise<Handoff> {
  const team = deps.routing.teams[handoff.team];
  if (!team) return handoff;
  const notification = await forwardToSlack(deps.channels, {
    id: note.id,
    target: team.slackChannel,
    contextPackage: handoff.contextPackage,
    body: note.body,
    owner: note.owner,
  });
  return { ...handoff, notifications: [...handoff.notifications, notification] };
}
