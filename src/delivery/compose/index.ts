/**
 * Turns a planned notification into the artefact its channel sends: one
 * composer per kind, all fed the same context package.
 */
import type { Artefact } from "../artefact.js";
import type { PlannedNotification } from "../types.js";
import type { ComposeContext } from "./compose-context.js";
import { composeCustomerReply, composeForwardEmail } from "./customer-email.js";
import { composeFallbackSlack, composeForwardSlack, composeHandoffSlack } from "./slack-message.js";
import { composeFallbackEmail, composeTeamEmail } from "./team-email.js";
import { composeTicketUpdate } from "./ticket-update.js";

export type { ComposeContext } from "./compose-context.js";

export function composeArtefact(notification: PlannedNotification, context: ComposeContext): Artefact {
  const pkg = notification.contextPackage;
  switch (notification.kind) {
    case "team_email":
      return { medium: "email", message: composeTeamEmail(notification, required(pkg, notification), context) };
    case "slack":
      return { medium: "slack", message: composeHandoffSlack(notification, required(pkg, notification), context) };
    case "ticketing":
      return { medium: "ticketing", update: composeTicketUpdate(notification, required(pkg, notification), context) };
    case "customer_reply":
      return { medium: "email", message: composeCustomerReply(notification, context) };
    case "forward_email":
      return { medium: "email", message: composeForwardEmail(notification, context) };
    case "forward_slack":
      return { medium: "slack", message: composeForwardSlack(notification, context) };
    case "fallback_email":
      return { medium: "email", message: composeFallbackEmail(notification, pkg, context) };
    case "fallback_slack":
      return { medium: "slack", message: composeFallbackSlack(notification, pkg, context) };
  }
}

function required<T>(pkg: T | undefined, notification: PlannedNotification): T {
  // A handoff notification without its package is a planning bug, not a delivery problem.
  if (!pkg) throw new Error(`${notification.kind} notification ${notification.id} has no context package`);
  return pkg;
}
