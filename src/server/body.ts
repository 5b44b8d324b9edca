/**
 * Request bodies, parsed by us and kept raw: signatures (intake HMAC, Slack)
 * are computed over the exact bytes received, and a body that fails to parse
 * is reported by the route after it has checked who is asking — a stranger
 * learns nothing from our error messages, not even that the JSON was bad.
 */
import type { FastifyInstance } from "fastify";

declare module "fastify" {
  interface FastifyRequest {
    /** The body as received, for signature checks. */
    rawBody?: Buffer;
    /** Why the body could not be parsed; routes answer 400 with it once the caller is authenticated. */
    bodyError?: string;
  }
}

export function registerBodyParsers(app: FastifyInstance): void {
  // Fastify's own JSON parser, for its protection against __proto__ and constructor poisoning.
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeAllContentTypeParsers();

  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (request, raw: Buffer, done) => {
    request.rawBody = raw;
    if (raw.length === 0 || raw.toString("utf8").trim() === "") {
      request.bodyError = "empty body: expected a JSON object";
      return done(null, undefined);
    }
    parseJson(request, raw.toString("utf8"), (error, value) => {
      if (error) request.bodyError = `invalid JSON (${error.message})`;
      done(null, error ? undefined : value);
    });
  });

  // Slack's interactivity payloads and the console's forms.
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "buffer" }, (request, raw: Buffer, done) => {
    request.rawBody = raw;
    done(null, Object.fromEntries(new URLSearchParams(raw.toString("utf8"))));
  });
}

/** A form body as a record of strings (empty when the body was something else). */
export function formFields(body: unknown): Record<string, string> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return {};
  return Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
