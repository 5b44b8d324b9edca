/**
 * A signed intake request's body, verified as it streams in. Until the
 * HMAC over `<timestamp>.<body>` is checked the sender is a stranger, and
 * an HMAC can only be checked once the last byte is in: so a signed body
 * may be at most a small limit (INTAKE_SIGNED_BODY_LIMIT, 1 MiB by
 * default) — a declared length over it is refused before a byte is read,
 * and a chunked body is cut off at the first byte over it. The bytes are
 * hashed chunk by chunk on their way to the buffer, and the stream ends in
 * an error instead of its last chunk when the signature is wrong: the JSON
 * parser is never handed a body the signature did not cover. Bearer
 * callers have shown the secret before the body, and keep the full limit.
 */
import { createHmac, type Hmac } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { safeEqual } from "../../signing.js";

/** What a signed body may weigh until its signature is checked. */
export const DEFAULT_SIGNED_BODY_LIMIT = 1024 * 1024;

/** A reason to answer 401 found while reading the body; the intake's error handler answers it like a refusal in the hook. */
export class IntakeRefusal extends Error {
  readonly statusCode = 401;
  constructor(readonly reason: string) {
    super(reason);
    this.name = "IntakeRefusal";
  }
}

export function overLimitReason(limit: number): string {
  return `a signed body may be at most ${limit} bytes until its signature is checked (INTAKE_SIGNED_BODY_LIMIT); send larger ones with 'Authorization: Bearer'`;
}

export interface SignedBodyCheck {
  secret: string;
  /** The X-Signature-Timestamp header as sent (the signature covers it). */
  timestamp: string;
  /** The X-Signature's hex digest. */
  signature: string;
  limit: number;
  /** Called once the whole body is in and the signature matched. */
  onVerified: () => void;
}

/** Passes the body through unchanged while it hashes it; errors with an IntakeRefusal past the limit or on a wrong signature. */
export class SignedBodyStream extends Transform {
  private readonly hmac: Hmac;
  private received = 0;

  constructor(private readonly check: SignedBodyCheck) {
    super();
    this.hmac = createHmac("sha256", check.secret).update(`${check.timestamp}.`);
  }

  /** Bytes taken from the request so far. */
  get receivedBytes(): number {
    return this.received;
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    this.received += bytes.length;
    if (this.received > this.check.limit) {
      callback(new IntakeRefusal(overLimitReason(this.check.limit)));
      return;
    }
    this.hmac.update(bytes);
    callback(null, bytes);
  }

  override _flush(callback: TransformCallback): void {
    if (!safeEqual(this.check.signature, this.hmac.digest("hex"))) {
      callback(new IntakeRefusal("bad signature"));
      return;
    }
    this.check.onVerified();
    callback();
  }
}
