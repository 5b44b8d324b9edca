/**
 * The server's settings, from flags and the environment. Every secret is
 * optional: a feature whose secret is missing is switched off (its routes
 * answer 503 and say which variable to set), so `serve` runs with only what
 * a deployment needs. Errors name the variable, never its value.
 */
import { ConfigError } from "../config/errors.js";
import { channelSettingsFromEnv } from "../tools/channels/settings.js";
import { redactStoredFromEnv } from "../privacy/stored.js";
import { CONSOLE_USERS_VARIABLE, parseConsoleUsers, type ConsoleUser } from "./console/users.js";
import type { LoginRateLimit } from "./security.js";

/** Tickets may carry up to 2 MB of text (TicketSchema); JSON escaping can double it. */
export const BODY_LIMIT = 5 * 1024 * 1024;
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8080;
/** How long shutdown waits for triage already under way before leaving it to the journal. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 30_000;
/** Shorter secrets are guessable or typos; Slack's own signing secret is longer. */
const MIN_SECRET_LENGTH = 16;

export interface ServerConfig {
  host: string;
  port: number;
  /** Shared secret of POST /tickets (Bearer or HMAC). */
  intakeSecret?: string;
  /** Bytes a signed intake body may have until its HMAC is checked (INTAKE_SIGNED_BODY_LIMIT; default 1 MiB). */
  intakeSignedBodyLimit?: number;
  /** Verifies POST /slack/actions. */
  slackSigningSecret?: string;
  /** chat.update after a button click; without it the payload's response_url is used. */
  slack?: { token: string; apiUrl: string };
  /** Console login (`?token=` once, then a cookie) under one shared token: names are as typed. */
  consoleToken?: string;
  /** Console sign-in per person (ESCALATION_CONSOLE_USERS): they act, and give verdicts, as themselves. */
  consoleUsers?: ConsoleUser[];
  /** Signs and checks the ticket links in handoff messages. */
  linkSecret?: string;
  /** Required of scrapers of GET /metrics; without it only loopback callers may scrape (src/observability/http.ts). */
  metricsToken?: string;
  /** The base URL people reach the server at (links, cookie security). */
  publicUrl?: string;
  /**
   * Where the intake journal is: a SQLite file, a postgres:// URL (a table in
   * its schema, shared by every instance), or `:memory:` (not durable).
   * Default: beside the threads (ESCALATION_DB).
   */
  journalPath: string;
  shutdownTimeoutMs: number;
  logLevel: string;
  /** Behind a reverse proxy: trust X-Forwarded-* for the client address and protocol. */
  trustProxy: boolean;
  /** Console login attempts per client address and window (default: 10 a minute, ./security.ts). */
  loginRateLimit?: LoginRateLimit;
}

export interface ServerFlags {
  host?: string;
  port?: string;
  journal?: string;
}

type Env = Record<string, string | undefined>;

export function serverConfigFromEnv(flags: ServerFlags, dbLocation: string, env: Env = process.env): ServerConfig {
  const read = (name: string) => (env[name]?.trim() ? env[name]?.trim() : undefined);
  const channels = channelSettingsFromEnv(env);
  // Read again for every request; a bad value fails the start instead of the first ticket.
  redactStoredFromEnv(env);
  const secret = (name: string) => {
    const value = read(name);
    if (value !== undefined && value.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(`${name} must be at least ${MIN_SECRET_LENGTH} characters`);
    }
    return value;
  };
  const intakeSecret = secret("INTAKE_SECRET");
  const consoleToken = secret("CONSOLE_TOKEN");
  const consoleUsers = parseConsoleUsers(read(CONSOLE_USERS_VARIABLE), consoleToken);
  const linkSecret = secret("CONSOLE_LINK_SECRET");
  const metricsToken = secret("METRICS_TOKEN");
  const slackSigningSecret = read("SLACK_SIGNING_SECRET");
  const signedBodyLimit = parseSignedBodyLimit(read("INTAKE_SIGNED_BODY_LIMIT"));
  return {
    host: flags.host ?? read("HOST") ?? DEFAULT_HOST,
    port: parsePort(flags.port !== undefined ? ["--port", flags.port] : ["PORT", read("PORT")]),
    ...(intakeSecret ? { intakeSecret } : {}),
    ...(signedBodyLimit !== undefined ? { intakeSignedBodyLimit: signedBodyLimit } : {}),
    ...(slackSigningSecret ? { slackSigningSecret } : {}),
    ...(channels.slack ? { slack: channels.slack } : {}),
    ...(consoleToken ? { consoleToken } : {}),
    ...(consoleUsers.length > 0 ? { consoleUsers } : {}),
    ...(linkSecret ? { linkSecret } : {}),
    ...(metricsToken ? { metricsToken } : {}),
    ...(channels.publicUrl ? { publicUrl: channels.publicUrl } : {}),
    journalPath: flags.journal ?? read("INTAKE_JOURNAL") ?? dbLocation,
    shutdownTimeoutMs: parseTimeout(read("SHUTDOWN_TIMEOUT_MS")),
    logLevel: read("LOG_LEVEL") ?? "info",
    trustProxy: read("TRUST_PROXY") === "true" || read("TRUST_PROXY") === "1",
  };
}

function parsePort([source, value]: [string, string | undefined]): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new ConfigError(`${source} must be a port number (0–65535), got '${value}'`);
  return port;
}

function parseSignedBodyLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const bytes = Number(value);
  if (!/^\d+$/.test(value) || bytes < 1024 || bytes > BODY_LIMIT) {
    throw new ConfigError(`INTAKE_SIGNED_BODY_LIMIT must be a number of bytes from 1024 to ${BODY_LIMIT}, got '${value}'`);
  }
  return bytes;
}

function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_SHUTDOWN_TIMEOUT_MS;
  if (!/^\d+$/.test(value)) throw new ConfigError(`SHUTDOWN_TIMEOUT_MS must be a number of milliseconds, got '${value}'`);
  return Number(value);
}

/** What `serve` tells the operator at start: which features are on, never a value. */
export function describeFeatures(config: ServerConfig): Record<string, boolean | string> {
  return {
    intake: Boolean(config.intakeSecret),
    slackActions: Boolean(config.slackSigningSecret),
    slackUpdates: config.slack ? "chat.update" : "response_url",
    consoleLogin: config.consoleUsers?.length
      ? `${config.consoleUsers.length} user(s)${config.consoleToken ? " and the shared token" : ""}`
      : Boolean(config.consoleToken),
    signedLinks: Boolean(config.linkSecret),
    metrics: config.metricsToken ? "token" : "loopback only",
    durableJournal: config.journalPath !== ":memory:",
  };
}
