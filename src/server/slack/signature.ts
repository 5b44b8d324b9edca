/**
 * Slack's request signing (v0): `X-Slack-Signature: v0=<hex HMAC-SHA256(
 * signing secret, "v0:" + X-Slack-Request-Timestamp + ":" + raw body)>`.
 * A timestamp more than five minutes away from our clock is refused, so a
 * captured request cannot be replayed later; within those five minutes the
 * same signature is accepted once, so it cannot be replayed at once either.
 */
import type { IncomingHttpHeaders } from "node:http";
import { hmacSha256, safeEqual } from "../../tools/signing.js";
import { single } from "../intake/auth.js";

/** Slack's recommended window. */
export const MAX_SKEW_SECONDS = 5 * 60;

export type SlackCheck = { ok: true } | { ok: false; reason: string };

export class SlackVerifier {
  /** Signatures seen within the window, with the time they stop mattering. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly secret: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  check(headers: IncomingHttpHeaders, rawBody: Buffer): SlackCheck {
    const timestamp = single(headers["x-slack-request-timestamp"]);
    const signature = single(headers["x-slack-signature"]);
    if (!timestamp || !signature) return { ok: false, reason: "missing X-Slack-Request-Timestamp or X-Slack-Signature" };
    if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "malformed timestamp" };
    const nowSeconds = Math.floor(this.now().getTime() / 1000);
    if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SKEW_SECONDS) return { ok: false, reason: "timestamp outside the 5-minute window (replay?)" };
    const expected = `v0=${hmacSha256(this.secret, Buffer.concat([Buffer.from(`v0:${timestamp}:`), rawBody]))}`;
    if (!safeEqual(signature.trim(), expected)) return { ok: false, reason: "bad signature" };
    this.forgetExpired(nowSeconds);
    if (this.seen.has(expected)) return { ok: false, reason: "request already received (replay)" };
    this.seen.set(expected, Number(timestamp) + MAX_SKEW_SECONDS);
    return { ok: true };
  }

  private forgetExpired(nowSeconds: number): void {
    for (const [signature, until] of this.seen) if (until < nowSeconds) this.seen.delete(signature);
  }
}
