/**
 * Who may act on a thread a person owns. Claim may reassign (the console's
 * Claim is the explicit take-over, journaled as "Reassigned from A to B");
 * reply, resolve and release are the owner's alone. An action that names
 * nobody is the owner's own (the CLI's `human reply` without --agent, run
 * by whoever has the database); surfaces where anyone may click (the
 * console, Slack) always name the person.
 */
import type { HumanAction, ThreadStatus } from "../../../domain/human.js";

export function ownershipRefusal(action: HumanAction, status: ThreadStatus | undefined, owner: string | null | undefined): string | undefined {
  if (action.action === "claim" || status !== "human_owned" || !owner) return undefined;
  if (action.agent === undefined || action.agent === owner) return undefined;
  return `${owner} owns this ticket; only they can ${action.action} it (claim it on the ticket's page to take it over)`;
}
