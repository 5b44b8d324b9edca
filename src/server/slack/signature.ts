/**
 * Slack's request signing (v0): `X-Slack-Signature: v0=<hex HMAC-SHA256(
 * signing secret, "v0:" + X-Slack-Request-Timestamp + ":" + raw body)>`.
 * A timestamp more than five minutes away from our clock is refused, so a
 * captured request cannot be replayed later; within those five minutes the
 * same signature is accepted once (its replay key is kept in the journal's
 * database by the route, so a restart or a second instance refuses it too).
 */
import type { IncomingHttpHeaders } from "node:http";
import { hmacSha256, safeEqual } from "../../signing.js";
import { single } from "../intake/auth.js";

/** Slack's recommended window. */
export const MAX_SKEW_SECONDS = 5 * 60;

/** `replayKey` is unique per signed request; `until` is when it no longer needs remembering. */
export type SlackCheck = { ok: true; replayKey: string; until: Date } | { ok: false; reason: string };

export class SlackVerifier {
  constructor(
    private readonly secret: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** What can be checked before the body is read: both headers there, the timestamp in the window. */
  checkHeaders(headers: IncomingHttpHeaders): { ok: true; timestamp: string; signature: string } | { ok: false; reason: string } {
    const timestamp = single(headers["x-slack-request-timestamp"]);
    const signature = single(headers["x-slack-signature"]);
    if (!timestamp || !signature) return { ok: false, reason: "missing X-Slack-Request-Timestamp or X-Slack-Signature" };
    if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "malformed timestamp" };
    const nowSeconds = Math.floor(this.now().getTime() / 1000);
    if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SKEW_SECONDS) return { ok: false, reason: "timestamp outside the 5-minute window (replay?)" };
    return { ok: true, timestamp, signature };
  }

  check(headers: IncomingHttpHeaders, rawBody: Buffer): SlackCheck {
    const first = this.checkHeaders(headers);
    if (!first.ok) return first;
    const { timestamp, signature } = first;
    const expected = `v0=${hmacSha256(this.secret, Buffer.concat([Buffer.from(`v0:${timestamp}:`), rawBody]))}`;
    if (!safeEqual(signature.trim(), expected)) return { ok: false, reason: "bad signature" };
    return { ok: true, replayKey: `slack:${expected}`, until: new Date((Number(timestamp) + MAX_SKEW_SECONDS + 1) * 1000) };
  }
}
