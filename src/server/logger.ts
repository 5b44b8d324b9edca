/**
 * Structured request logs: Fastify logs through the project's pino logger
 * (src/logging.ts: stderr, configured secrets scrubbed from every record),
 * with request and reply serializers of our own. Credentials never reach a
 * line: auth and signature headers and cookies are redacted, and so are the
 * `token` (console login) and `sig` (signed link) query parameters of
 * logged URLs. Bodies are not logged: they are the customer's.
 */
import type { FastifyBaseLogger } from "fastify";
import { createLogger, REDACT_PATHS } from "../logging.js";

const REDACTED = "[redacted]";
const SECRET_QUERY = ["token", "sig"];
const LOGGED_HEADERS = ["user-agent", "content-type", "content-length", "x-request-id", "x-forwarded-for"];
const SECRET_HEADERS = ["authorization", "cookie", "x-signature", "x-slack-signature"];

export interface ServerLoggerOptions {
  level: string;
  /** Where log lines go; stderr by default (tests capture them). */
  stream?: { write(line: string): void };
}

interface LoggedRequest {
  method: string;
  url: string;
  headers: Record<string, unknown>;
  ip?: string;
}

export function serverLogger(options: ServerLoggerOptions): FastifyBaseLogger {
  return createLogger({ level: options.level, ...(options.stream ? { destination: options.stream } : {}) }).child(
    {},
    {
      serializers: {
        req: (request: LoggedRequest) => {
          const headers: Record<string, unknown> = {};
          for (const name of [...LOGGED_HEADERS, ...SECRET_HEADERS]) if (request.headers[name] !== undefined) headers[name] = request.headers[name];
          return { method: request.method, url: redactUrl(request.url), headers, remoteAddress: request.ip };
        },
        res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      },
      redact: { paths: [...REDACT_PATHS, ...SECRET_HEADERS.map((h) => `req.headers["${h}"]`)], censor: REDACTED },
    },
  );
}

/** The URL with its secret query parameters blanked. */
export function redactUrl(url: string): string {
  const query = url.indexOf("?");
  if (query < 0) return url;
  const params = new URLSearchParams(url.slice(query + 1));
  for (const name of SECRET_QUERY) if (params.has(name)) params.set(name, REDACTED);
  return `${url.slice(0, query)}?${params.toString()}`;
}
