/**
 * HMAC signatures and their comparison, shared by every place that checks a
 * secret (intake webhooks, Slack requests, console logins and links).
 * Comparisons are constant-time: an early-exit `===` tells an attacker, one
 * timing at a time, how many leading characters of a guess were right.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export function hmacSha256(secret: string, data: string | Buffer, encoding: "hex" | "base64url" = "hex"): string {
  return createHmac("sha256", secret).update(data).digest(encoding);
}

/**
 * Constant-time string equality. Both sides are hashed first so inputs of
 * different lengths compare in the same time too (timingSafeEqual throws on
 * a length mismatch, and returning early would leak the expected length).
 */
export function safeEqual(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}
