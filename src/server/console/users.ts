/**
 * Console sign-in per person. ESCALATION_CONSOLE_USERS names each user with
 * a token of their own, or its SHA-256 so the environment need not hold it:
 *
 *   ESCALATION_CONSOLE_USERS="alice:<token>,bob:sha256:<64 hex digits>"
 *
 * Signing in with a user's token makes the console act as that user: their
 * claims, replies, releases and verdicts carry their name, and a verdict is
 * recorded as a verified console user's (src/learning/trust.ts). The shared
 * CONSOLE_TOKEN keeps working beside it; what is done under it carries the
 * name typed into the form, recorded as such. Tokens are compared as
 * hashes, in constant time, against every user; the session cookie holds an
 * HMAC keyed by the token's hash, so a new token signs its user out.
 */
import { createHash } from "node:crypto";
import { ConfigError } from "../../config/errors.js";
import { hmacSha256, safeEqual } from "../../signing.js";

export const CONSOLE_USERS_VARIABLE = "ESCALATION_CONSOLE_USERS";
/** As for every other secret of the server (config.ts). */
const MIN_TOKEN_LENGTH = 16;
const HASHED = /^sha256:([0-9a-f]{64})$/i;
/** A name is shown and recorded; it must not break the list's own separators or a page. */
const NAME = /^[^,:\u0000-\u001f\u007f]{1,100}$/;

export interface ConsoleUser {
  name: string;
  /** Hex SHA-256 of the user's token. */
  tokenHash: string;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The users of ESCALATION_CONSOLE_USERS; errors name the variable and the user, never a token. */
export function parseConsoleUsers(spec: string | undefined, sharedToken?: string): ConsoleUser[] {
  const entries = (spec ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const users: ConsoleUser[] = [];
  for (const [index, entry] of entries.entries()) {
    const colon = entry.indexOf(":");
    const name = colon > 0 ? entry.slice(0, colon).trim() : "";
    const secret = colon > 0 ? entry.slice(colon + 1).trim() : "";
    const where = `${CONSOLE_USERS_VARIABLE}: entry ${index + 1}`;
    if (!name || !secret) throw new ConfigError(`${where} must be '<name>:<token>' or '<name>:sha256:<hex>'`);
    if (!NAME.test(name)) throw new ConfigError(`${where}: the name must be 1–100 characters without ',', ':' or control characters`);
    const hashed = HASHED.exec(secret);
    if (!hashed && secret.length < MIN_TOKEN_LENGTH) throw new ConfigError(`${where} (${name}): the token must be at least ${MIN_TOKEN_LENGTH} characters`);
    const tokenHash = hashed?.[1] ? hashed[1].toLowerCase() : sha256(secret);
    if (users.some((u) => u.name === name)) throw new ConfigError(`${where}: ${name} is listed twice`);
    if (users.some((u) => u.tokenHash === tokenHash)) throw new ConfigError(`${where} (${name}): the token is another user's`);
    if (sharedToken && sha256(sharedToken) === tokenHash) throw new ConfigError(`${where} (${name}): the token is CONSOLE_TOKEN's; give each user their own`);
    users.push({ name, tokenHash });
  }
  return users;
}

/** The user whose token this is; every user is compared, so the time taken does not say which one matched. */
export function userByToken(users: readonly ConsoleUser[], token: string): ConsoleUser | undefined {
  const given = sha256(token);
  let found: ConsoleUser | undefined;
  for (const user of users) if (safeEqual(given, user.tokenHash) && !found) found = user;
  return found;
}

const SESSION_PREFIX = "u.";

/** The session cookie's value for a user: their name and an HMAC of it keyed by their token's hash. */
export function userSessionValue(user: ConsoleUser): string {
  return `${SESSION_PREFIX}${Buffer.from(user.name).toString("base64url")}.${sessionMac(user)}`;
}

/** The user a session cookie stands for, when its HMAC holds. */
export function userFromSession(users: readonly ConsoleUser[], value: string): ConsoleUser | undefined {
  if (!value.startsWith(SESSION_PREFIX)) return undefined;
  const [encoded, mac] = value.slice(SESSION_PREFIX.length).split(".");
  if (!encoded || !mac) return undefined;
  const name = Buffer.from(encoded, "base64url").toString("utf8");
  const user = users.find((u) => u.name === name);
  return user && safeEqual(mac, sessionMac(user)) ? user : undefined;
}

function sessionMac(user: ConsoleUser): string {
  return hmacSha256(user.tokenHash, `console-user-session:v1:${user.name}`, "base64url");
}
