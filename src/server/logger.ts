/**
 * Structured request logs through the project's pino logger (src/logging.ts:
 * stderr, configured secrets scrubbed from every record). Fastify's own
 * request logging is off — it logs the live request object, which has
 * cycles — and one plain line per request is written here instead, when the
 * reply is sent. Credentials never reach a line: auth and signature headers
 * and cookies show as "[redacted]" (present, not what they were), and so do
 * the `token` (console login) and `sig` (signed link) query parameters.
 * Bodies are not logged: they are the customer's.
 */
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from "fastify";
import { createLogger } from "../logging.js";

const REDACTED = "[redacted]";
const SECRET_QUERY = ["token", "sig"];
const LOGGED_HEADERS = ["user-agent", "content-type", "content-length", "x-forwarded-for"];
const SECRET_HEADERS = ["authorization", "cookie", "x-signature", "x-slack-signature"];

export interface ServerLoggerOptions {
  level: string;
  /** Where log lines go; stderr by default (tests capture them). */
  stream?: { write(line: string): void };
}

export function serverLogger(options: ServerLoggerOptions): FastifyBaseLogger {
  return createLogger({ level: options.level, ...(options.stream ? { destination: options.stream } : {}) });
}

/** One line per request, with its outcome and duration. */
export function registerRequestLogging(app: FastifyInstance): void {
  app.addHook("onResponse", async (request, reply) => {
    // Not `req`/`res`: Fastify's serializers for those keys would cut this down to method and URL.
    const line = { request: requestSummary(request), statusCode: reply.statusCode, responseTime: Math.round(reply.elapsedTime) };
    if (reply.statusCode >= 500) request.log.error(line, "request completed");
    else request.log.info(line, "request completed");
  });
}

function requestSummary(request: FastifyRequest): Record<string, unknown> {
  const headers: Record<string, unknown> = {};
  for (const name of LOGGED_HEADERS) if (request.headers[name] !== undefined) headers[name] = request.headers[name];
  for (const name of SECRET_HEADERS) if (request.headers[name] !== undefined) headers[name] = REDACTED;
  return { method: request.method, url: redactUrl(request.url), headers, remoteAddress: request.ip };
}

/** The URL with its secret query parameters blanked. */
export function redactUrl(url: string): string {
  const query = url.indexOf("?");
  if (query < 0) return url;
  const params = new URLSearchParams(url.slice(query + 1));
  for (const name of SECRET_QUERY) if (params.has(name)) params.set(name, REDACTED);
  return `${url.slice(0, query)}?${params.toString()}`;
}
