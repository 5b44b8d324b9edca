/**
 * What composing needs besides the notification: the routing (sender,
 * escalation address, team names and groups) and the base URL of the
 * ticket pages linked from every message.
 */
import type { RoutingConfig } from "../../config/routing.js";
import type { Team } from "../../domain/taxonomy.js";

export interface ComposeContext {
  routing: RoutingConfig;
  /** PUBLIC_URL, else routing.publicUrl; without one, messages carry no link. */
  publicUrl?: string;
  /** Signs a ticket link (CONSOLE_LINK_SECRET), so it opens the console page without a login. */
  signLink?: (url: string, ticketId: string) => string;
}

export function ticketUrl(context: ComposeContext, ticketId: string): string | undefined {
  const base = context.publicUrl ?? context.routing.publicUrl;
  if (!base) return undefined;
  const url = `${base.replace(/\/+$/, "")}/tickets/${encodeURIComponent(ticketId)}`;
  return context.signLink ? context.signLink(url, ticketId) : url;
}

export function teamName(context: ComposeContext, team: Team): string {
  return context.routing.teams[team]?.displayName ?? team;
}
