/**
 * Request logs through the project's pino logger (src/logging.ts: stderr,
 * configured secrets scrubbed from every record). Fastify's own request
 * logging writes them — "incoming request" with the request, "request
 * completed" with the status and time, tied by reqId — through the `req` and
 * `res` serializers here, which pick what a line may hold. Credentials never
 * reach a line: auth and signature headers and cookies show as "[redacted]"
 * (present, not what they were), and so do the `token` (console login) and
 * `sig` (signed link) query parameters. Bodies are not logged: they are the
 * customer's.
 */
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from "fastify";
import { createLogger } from "../logging.js";

const REDACTED = "[redacted]";
const SECRET_QUERY = ["token", "sig"];
const LOGGED_HEADERS = ["user-agent", "content-type", "content-length", "x-forwarded-for"];
const SECRET_HEADERS = ["authorization", "cookie", "x-signature", "x-slack-signature"];

export interface ServerLoggerOptions {
  level: string;
  /** The configured secret values (Settings.secrets), scrubbed from every line. */
  secrets: readonly string[];
  /** Where log lines go; stderr by default (tests capture them). */
  stream?: { write(line: string): void };
}

export function serverLogger(options: ServerLoggerOptions): FastifyBaseLogger {
  return createLogger({
    level: options.level,
    secrets: options.secrets,
    serializers: { req: requestSummary, res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }) },
    ...(options.stream ? { destination: options.stream } : {}),
  });
}

function requestSummary(request: FastifyRequest): Record<string, unknown> {
  const headers: Record<string, unknown> = {};
  for (const name of LOGGED_HEADERS) if (request.headers[name] !== undefined) headers[name] = request.headers[name];
  for (const name of SECRET_HEADERS) if (request.headers[name] !== undefined) headers[name] = REDACTED;
  return { method: request.method, url: redactUrl(request.url), headers, remoteAddress: request.ip };
}

/** The URL with its secret query parameters blanked. */
function redactUrl(url: string): string {
  const query = url.indexOf("?");
  if (query < 0) return url;
  const params = new URLSearchParams(url.slice(query + 1));
  for (const name of SECRET_QUERY) if (params.has(name)) params.set(name, REDACTED);
  return `${url.slice(0, query)}?${params.toString()}`;
}
