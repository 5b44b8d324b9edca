/**
 * Who may post tickets: a caller that knows INTAKE_SECRET, shown either as
 * `Authorization: Bearer <secret>` (simple clients) or as a signature
 * (webhook senders such as Zendesk's signing proxies, which never send the
 * secret itself):
 *
 *   X-Signature-Timestamp: <unix seconds>
 *   X-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>
 *
 * The timestamp is signed and must be within five minutes of our clock, so
 * a captured request cannot be replayed later; within those minutes the
 * replay keys (replay.ts) refuse it. Checked in two steps, so a stranger's
 * body is never read: the headers before the body (`checkIntakeHeaders`, in
 * an onRequest hook), the HMAC over the bytes once they are in.
 */
import type { IncomingHttpHeaders } from "node:http";
import { hmacSha256, safeEqual } from "../../signing.js";

/** The window a signature's timestamp must fall in, either side of our clock. */
export const SIGNATURE_MAX_SKEW_SECONDS = 5 * 60;

export type IntakeAuth = { ok: true; method: "bearer" | "signature" } | { ok: false; reason: string };

/** Everything that can be checked before the body is read: a bearer secret in full, a signature's form and timestamp. */
export function checkIntakeHeaders(headers: IncomingHttpHeaders, secret: string, now: Date): IntakeAuth {
  const authorization = single(headers.authorization);
  const signature = single(headers["x-signature"]);
  if (authorization !== undefined) {
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!match?.[1]) return { ok: false, reason: "Authorization must be 'Bearer <secret>'" };
    return safeEqual(match[1].trim(), secret) ? { ok: true, method: "bearer" } : { ok: false, reason: "wrong secret" };
  }
  if (signature !== undefined) {
    if (!/^sha256=[0-9a-f]{64}$/i.test(signature.trim())) return { ok: false, reason: "X-Signature must be 'sha256=<64 hex digits>'" };
    const timestamp = single(headers["x-signature-timestamp"]);
    if (timestamp === undefined) return { ok: false, reason: "X-Signature-Timestamp is missing (unix seconds; the signature covers '<timestamp>.<body>')" };
    if (!/^\d{1,12}$/.test(timestamp.trim())) return { ok: false, reason: "X-Signature-Timestamp must be unix seconds" };
    if (Math.abs(Math.floor(now.getTime() / 1000) - Number(timestamp)) > SIGNATURE_MAX_SKEW_SECONDS) {
      return { ok: false, reason: "X-Signature-Timestamp is outside the 5-minute window (replay?)" };
    }
    return { ok: true, method: "signature" };
  }
  return { ok: false, reason: "send 'Authorization: Bearer <secret>' or 'X-Signature' with 'X-Signature-Timestamp'" };
}

/** The HMAC of a signed request over its timestamp and the exact bytes received; call after checkIntakeHeaders passed. */
export function checkIntakeSignature(headers: IncomingHttpHeaders, rawBody: Buffer, secret: string): IntakeAuth {
  const signature = (single(headers["x-signature"]) ?? "").trim().slice("sha256=".length).toLowerCase();
  const timestamp = (single(headers["x-signature-timestamp"]) ?? "").trim();
  const expected = hmacSha256(secret, Buffer.concat([Buffer.from(`${timestamp}.`), rawBody]));
  return safeEqual(signature, expected) ? { ok: true, method: "signature" } : { ok: false, reason: "bad signature" };
}

/** The full check, headers and body, for callers that have both. */
export function checkIntakeAuth(headers: IncomingHttpHeaders, rawBody: Buffer, secret: string, now: Date = new Date()): IntakeAuth {
  const first = checkIntakeHeaders(headers, secret, now);
  if (!first.ok || first.method === "bearer") return first;
  return checkIntakeSignature(headers, rawBody, secret);
}

export function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
