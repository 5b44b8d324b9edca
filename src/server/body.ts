/**
 * Request bodies, parsed by us and kept raw: signatures (intake HMAC, Slack)
 * are computed over the exact bytes received. Each part of the server takes
 * only the type it needs (the intake JSON, Slack and the console forms), with
 * a limit that fits it, registered in its own Fastify scope. Where the body
 * is signed it is kept as bytes and parsed only once the caller is known
 * (parseJsonBody, parseFormBody): a stranger learns nothing from our error
 * messages, not even that the JSON was bad, and costs us no parsing.
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

/**
 * The console's forms: a 20,000-character reply, percent-encoded, is at most
 * 240 kB; 1 MiB is plenty, and keeps a stranger's form post small (the login
 * form is read before anyone is known).
 */
export const FORM_BODY_LIMIT = 1024 * 1024;

/** The console's forms, parsed as they arrive (they carry no signature). */
export function registerFormParser(scope: FastifyInstance, bodyLimit: number = FORM_BODY_LIMIT): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "buffer", bodyLimit }, (request, raw: Buffer, done) => {
    request.rawBody = raw;
    done(null, Object.fromEntries(new URLSearchParams(raw.toString("utf8"))));
  });
}

/**
 * A signed type kept as bytes only (application/json for the intake, forms
 * for Slack): the route parses it once the signature matched, so a
 * stranger's bytes never cost a parse. Every other type is a 415.
 */
export function registerRawParser(scope: FastifyInstance, type: "application/json" | "application/x-www-form-urlencoded", bodyLimit: number): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser(type, { parseAs: "buffer", bodyLimit }, (request, raw: Buffer, done) => {
    request.rawBody = raw;
    done(null, undefined);
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

/** The form fields of a request whose body was kept raw (registerRawParser), once its signature matched. */
export function parseFormBody(request: FastifyRequest): Record<string, string> {
  return Object.fromEntries(new URLSearchParams((request.rawBody ?? Buffer.alloc(0)).toString("utf8")));
}

/** A form body as a record of strings (empty when the body was something else). */
export function formFields(body: unknown): Record<string, string> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return {};
  return Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
