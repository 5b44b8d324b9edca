/**
 * The server's settings, from flags and the parsed environment (src/settings).
 * Every secret is optional: a feature whose secret is missing is switched
 * off (its routes answer 503 and say which variable to set), so `serve`
 * runs with only what a deployment needs. Errors name the variable, never
 * its value.
 */
import type { Settings } from "../settings/index.js";
import { port as parsePort } from "../settings/values.js";
import { withDefaultSchema } from "../persistence/postgres-location.js";
import { parseConsoleUsers, type ConsoleUser } from "./console/users.js";
import type { LoginRateLimit } from "./security.js";

export { BODY_LIMIT } from "../settings/values.js";
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8080;

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
  /** Between the metrics' scans of the threads and the store (METRICS_SCAN_INTERVAL_MS; default 60 s). */
  scanIntervalMs?: number;
}

export interface ServerFlags {
  host?: string;
  port?: string;
  journal?: string;
}

export function serverConfig(flags: ServerFlags, dbLocation: string, settings: Settings): ServerConfig {
  const { server, channels, metrics } = settings;
  // Checked here, with CONSOLE_TOKEN, so a bad entry fails the start rather than the first login.
  const consoleUsers = parseConsoleUsers(server.consoleUsers, server.consoleToken);
  return {
    host: flags.host ?? server.host ?? DEFAULT_HOST,
    port: flags.port !== undefined ? parsePort("--port", flags.port) : (server.port ?? DEFAULT_PORT),
    ...(server.intakeSecret ? { intakeSecret: server.intakeSecret } : {}),
    ...(server.intakeSignedBodyLimit !== undefined ? { intakeSignedBodyLimit: server.intakeSignedBodyLimit } : {}),
    ...(server.slackSigningSecret ? { slackSigningSecret: server.slackSigningSecret } : {}),
    ...(channels.slack ? { slack: { ...channels.slack } } : {}),
    ...(server.consoleToken ? { consoleToken: server.consoleToken } : {}),
    ...(consoleUsers.length > 0 ? { consoleUsers } : {}),
    ...(channels.linkSecret ? { linkSecret: channels.linkSecret } : {}),
    ...(metrics.token ? { metricsToken: metrics.token } : {}),
    ...(channels.publicUrl ? { publicUrl: channels.publicUrl } : {}),
    // A PostgreSQL journal without ?schema= is in ESCALATION_DB_SCHEMA's, as the threads are.
    journalPath: withDefaultSchema(flags.journal ?? settings.storage.journal ?? dbLocation, settings.storage.dbSchema),
    shutdownTimeoutMs: server.shutdownTimeoutMs,
    logLevel: settings.process.logLevel ?? "info",
    trustProxy: server.trustProxy,
    scanIntervalMs: metrics.scanIntervalMs,
  };
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
