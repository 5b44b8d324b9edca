/**
 * Who may post tickets: a caller that knows INTAKE_SECRET, shown either as
 * `Authorization: Bearer <secret>` (simple clients) or as
 * `X-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>` (webhook senders
 * such as Zendesk's signing proxies, which never send the secret itself).
 */
import type { IncomingHttpHeaders } from "node:http";
import { hmacSha256, safeEqual } from "../../tools/signing.js";

export type IntakeAuth = { ok: true; method: "bearer" | "signature" } | { ok: false; reason: string };

export function checkIntakeAuth(headers: IncomingHttpHeaders, rawBody: Buffer, secret: string): IntakeAuth {
  const authorization = headers.authorization;
  const signature = single(headers["x-signature"]);
  if (authorization !== undefined) {
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!match?.[1]) return { ok: false, reason: "Authorization must be 'Bearer <secret>'" };
    return safeEqual(match[1].trim(), secret) ? { ok: true, method: "bearer" } : { ok: false, reason: "wrong secret" };
  }
  if (signature !== undefined) {
    const match = /^sha256=([0-9a-f]{64})$/i.exec(signature.trim());
    if (!match?.[1]) return { ok: false, reason: "X-Signature must be 'sha256=<64 hex digits>'" };
    return safeEqual(match[1].toLowerCase(), hmacSha256(secret, rawBody)) ? { ok: true, method: "signature" } : { ok: false, reason: "bad signature" };
  }
  return { ok: false, reason: "send 'Authorization: Bearer <secret>' or 'X-Signature: sha256=<hmac>'" };
}

export function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
