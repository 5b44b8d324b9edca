/**
 * Signed links to a ticket's context page: `…/tickets/<id>?exp=<unix s>&sig=<mac>`.
 * The handoff messages carry them, so whoever the ticket was sent to can open
 * its page without a console login — that ticket only, until the link
 * expires. The signature covers the ticket id and the expiry; the secret
 * (CONSOLE_LINK_SECRET) is shared by whoever sends handoffs and the server.
 */
import { hmacSha256, safeEqual } from "../signing.js";

/** A week: handoffs are picked up within hours, but a thread may come back days later. */
export const DEFAULT_LINK_TTL_SECONDS = 7 * 24 * 3600;

export interface LinkSignOptions {
  ttlSeconds?: number;
  now?: Date;
}

function signature(secret: string, ticketId: string, exp: number): string {
  // Versioned and newline-separated, so no id/expiry pair can be re-split into another.
  return hmacSha256(secret, `ticket-link:v1\n${ticketId}\n${exp}`, "base64url");
}

/** Appends exp and sig to a ticket page URL. */
export function signTicketUrl(url: string, ticketId: string, secret: string, options: LinkSignOptions = {}): string {
  const now = options.now ?? new Date();
  const exp = Math.floor(now.getTime() / 1000) + (options.ttlSeconds ?? DEFAULT_LINK_TTL_SECONDS);
  const signed = new URL(url);
  signed.searchParams.set("exp", String(exp));
  signed.searchParams.set("sig", signature(secret, ticketId, exp));
  return signed.toString();
}

export type LinkCheck = "valid" | "expired" | "invalid";

export function checkTicketLink(ticketId: string, exp: string | undefined, sig: string | undefined, secret: string, now: Date = new Date()): LinkCheck {
  if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return "invalid";
  const expiry = Number(exp);
  // The signature first: an expired-but-forged link is a forgery, not an expired link.
  if (!safeEqual(sig, signature(secret, ticketId, expiry))) return "invalid";
  return expiry * 1000 > now.getTime() ? "valid" : "expired";
}
