/**
 * Who may open a ticket's page and act on it. Two ways in:
 *
 * - a console login: a user's own token (ESCALATION_CONSOLE_USERS, users.ts)
 *   or the shared CONSOLE_TOKEN, given once (`?token=` or the login form),
 *   exchanged for an HttpOnly cookie that holds an HMAC derived from it —
 *   never the token itself; changing a token logs its holders out. A user's
 *   session says who they are; the shared one says only "someone with the
 *   token";
 * - a signed link (`?exp=…&sig=…`, see delivery/console-link.ts), as sent in
 *   handoff messages: that ticket only, until it expires.
 */
import type { CookieSerializeOptions } from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";
import { checkTicketLink } from "../../delivery/console-link.js";
import { hmacSha256, safeEqual } from "../../signing.js";
import { userByToken, userFromSession, userSessionValue, type ConsoleUser } from "./users.js";

export const SESSION_COOKIE = "esc_console";
export const AGENT_COOKIE = "esc_agent";
/** A week; the token can be given again any time. */
const SESSION_MAX_AGE_S = 7 * 24 * 3600;

export interface AccessConfig {
  consoleToken?: string;
  /** People who sign in with a token of their own. */
  consoleUsers?: readonly ConsoleUser[];
  linkSecret?: string;
  now: () => Date;
}

/** A signed-in console: a user by name, or whoever holds the shared token. */
export type ConsoleSession = { kind: "user"; name: string } | { kind: "shared" };

export type Access =
  | { ok: true; via: "session"; session: ConsoleSession }
  | { ok: true; via: "link"; exp: string; sig: string }
  | { ok: false; status: 401 | 403 | 503; reason: string };

/** Whether anyone can sign in (a shared token or a user is configured). */
export function loginEnabled(config: AccessConfig): boolean {
  return Boolean(config.consoleToken) || (config.consoleUsers?.length ?? 0) > 0;
}

export function sessionValue(consoleToken: string): string {
  return hmacSha256(consoleToken, "console-session:v1");
}

export function consoleSession(request: FastifyRequest, config: AccessConfig): ConsoleSession | undefined {
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return undefined;
  const user = userFromSession(config.consoleUsers ?? [], cookie);
  if (user) return { kind: "user", name: user.name };
  return config.consoleToken && safeEqual(cookie, sessionValue(config.consoleToken)) ? { kind: "shared" } : undefined;
}

/** The signed-in user's name; undefined for the shared token, a link or no session. */
export function signedInUser(access: Access): string | undefined {
  return access.ok && access.via === "session" && access.session.kind === "user" ? access.session.name : undefined;
}

/** Access to one ticket's page and actions. */
export function checkTicketAccess(request: FastifyRequest, ticketId: string, config: AccessConfig): Access {
  if (!loginEnabled(config) && !config.linkSecret) {
    return { ok: false, status: 503, reason: "The console is off: set CONSOLE_TOKEN, ESCALATION_CONSOLE_USERS or CONSOLE_LINK_SECRET." };
  }
  const session = consoleSession(request, config);
  if (session) return { ok: true, via: "session", session };
  const query = request.query as Record<string, unknown>;
  const exp = typeof query.exp === "string" ? query.exp : undefined;
  const sig = typeof query.sig === "string" ? query.sig : undefined;
  if (config.linkSecret && (exp || sig)) {
    const check = checkTicketLink(ticketId, exp, sig, config.linkSecret, config.now());
    if (check === "valid" && exp && sig) return { ok: true, via: "link", exp, sig };
    if (check === "expired")
      return { ok: false, status: 403, reason: "This link has expired. Log in to the console, or open the ticket from a newer message." };
    return { ok: false, status: 403, reason: "This link is not valid for this ticket." };
  }
  return { ok: false, status: 401, reason: "Log in to the agent console, or open this page from the link in the handoff message." };
}

/** The query string that keeps a signed link's access on the next request ("" for a session). */
export function accessQuery(access: Access): string {
  return access.ok && access.via === "link" ? `exp=${encodeURIComponent(access.exp)}&sig=${encodeURIComponent(access.sig)}` : "";
}

/** Who a login token signs in: a user (their own token), the shared token, or nobody. */
export function sessionForToken(given: string, config: AccessConfig): { session: ConsoleSession; value: string } | undefined {
  const user = userByToken(config.consoleUsers ?? [], given);
  if (user) return { session: { kind: "user", name: user.name }, value: userSessionValue(user) };
  if (config.consoleToken && safeEqual(given, config.consoleToken)) return { session: { kind: "shared" }, value: sessionValue(config.consoleToken) };
  return undefined;
}

export function setSessionCookie(reply: FastifyReply, value: string, secure: boolean): void {
  void reply.setCookie(SESSION_COOKIE, value, cookieOptions(SESSION_MAX_AGE_S, secure));
}

/** The name a console user without a login of their own typed last; URI-encoded on the wire by the cookie plugin. */
export function setAgentCookie(reply: FastifyReply, agent: string, secure: boolean): void {
  void reply.setCookie(AGENT_COOKIE, agent, cookieOptions(365 * 24 * 3600, secure));
}

export function agentFromCookie(request: FastifyRequest): string | undefined {
  // Already URI-decoded by the cookie plugin (a value that does not decode is kept as sent).
  return request.cookies[AGENT_COOKIE]?.slice(0, 200) || undefined;
}

/**
 * Lax, not Strict: a Strict cookie is not sent when the page is opened from
 * a link in Slack or a mail, which is how it is mostly opened. Lax still
 * keeps it off cross-site form posts.
 */
function cookieOptions(maxAge: number, secure: boolean): CookieSerializeOptions {
  return { path: "/", maxAge, httpOnly: true, sameSite: "lax", secure };
}
