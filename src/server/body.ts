/**
 * Request bodies, parsed by us and kept raw: signatures (intake HMAC, Slack)
 * are computed over the exact bytes received. JSON is parsed only after the
 * route has checked who is asking (parseJsonBody) — a stranger learns
 * nothing from our error messages, not even that the JSON was bad, and
 * costs us no parsing.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";

declare module "fastify" {
  interface FastifyRequest {
    /** The body as received, for signature checks. */
    rawBody?: Buffer;
    /** Why the body could not be parsed; routes answer 400 with it once the caller is authenticated. */
    bodyError?: string;
  }
}

export function registerBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();

  // Kept as bytes only: a route parses it (parseJsonBody) once the caller is authenticated, so a
  // stranger's megabytes never cost a JSON.parse (and a bad signature is found before any parsing).
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (request, raw: Buffer, done) => {
    request.rawBody = raw;
    done(null, undefined);
  });

  // Slack's interactivity payloads and the console's forms.
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "buffer" }, (request, raw: Buffer, done) => {
    request.rawBody = raw;
    done(null, Object.fromEntries(new URLSearchParams(raw.toString("utf8"))));
  });
}

/**
 * The JSON body of an authenticated request, parsed with Fastify's own
 * parser (for its protection against __proto__ and constructor poisoning);
 * `request.body` holds it afterwards, `request.bodyError` says why not.
 */
export async function parseJsonBody(request: FastifyRequest): Promise<unknown> {
  const raw = request.rawBody ?? Buffer.alloc(0);
  const text = raw.toString("utf8");
  if (text.trim() === "") {
    request.bodyError = "empty body: expected a JSON object";
    return undefined;
  }
  const parse = request.server.getDefaultJsonParser("error", "error");
  const value = await new Promise<unknown>((resolve) => {
    parse(request, text, (error, parsed) => {
      if (error) request.bodyError = `invalid JSON (${error.message})`;
      resolve(error ? undefined : parsed);
    });
  });
  request.body = value;
  return value;
}

/** Whether the request says its body is JSON (the intake takes nothing else). */
export function isJsonRequest(request: FastifyRequest): boolean {
  const type = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  return type === "application/json";
}

/** A form body as a record of strings (empty when the body was something else). */
export function formFields(body: unknown): Record<string, string> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return {};
  return Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
