/**
 * Structured request logs through Fastify's pino logger. Credentials never
 * reach a log line: auth and signature headers and cookies are redacted,
 * and so are the `token` (console login) and `sig` (signed link) query
 * parameters of logged URLs. Bodies are not logged: they are the customer's.
 */
import type { FastifyServerOptions } from "fastify";

const REDACTED = "[redacted]";
const SECRET_QUERY = ["token", "sig"];
const LOGGED_HEADERS = ["user-agent", "content-type", "content-length", "x-request-id", "x-forwarded-for"];
const SECRET_HEADERS = ["authorization", "cookie", "x-signature", "x-slack-signature"];

export interface LoggerOptions {
  level: string;
  /** Where log lines go; stdout by default (tests capture them). */
  stream?: { write(line: string): void };
}

export function loggerOptions(options: LoggerOptions): NonNullable<FastifyServerOptions["logger"]> {
  return {
    level: options.level,
    ...(options.stream ? { stream: options.stream } : {}),
    redact: {
      paths: [...SECRET_HEADERS.map((h) => `req.headers["${h}"]`), 'res.headers["set-cookie"]'],
      censor: REDACTED,
    },
    serializers: {
      req(request: { method: string; url: string; headers: Record<string, unknown>; ip?: string; socket?: { remoteAddress?: string } }) {
        const headers: Record<string, unknown> = {};
        for (const name of [...LOGGED_HEADERS, ...SECRET_HEADERS]) if (request.headers[name] !== undefined) headers[name] = request.headers[name];
        return { method: request.method, url: redactUrl(request.url), headers, remoteAddress: request.ip ?? request.socket?.remoteAddress };
      },
    },
  };
}

/** The URL with its secret query parameters blanked. */
export function redactUrl(url: string): string {
  const query = url.indexOf("?");
  if (query < 0) return url;
  const params = new URLSearchParams(url.slice(query + 1));
  for (const name of SECRET_QUERY) if (params.has(name)) params.set(name, REDACTED);
  return `${url.slice(0, query)}?${params.toString()}`;
}
