/**
 * The stream a signed intake body is read through: what it passes on is
 * what the signature covered, nothing past the limit is passed on (nor
 * pulled much past it from the sender), and a wrong signature ends it in
 * an error instead of its end.
 */
import { createHmac } from "node:crypto";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { IntakeRefusal, SignedBodyStream } from "../../src/server/intake/signed-body.js";

const SECRET = "intake-secret-for-tests-0123456789";
const CHUNK = 16 * 1024;

/** A sender of `total` bytes in 16 KiB chunks that counts what was pulled from it. */
function sender(total: number): { stream: Readable; pulled: () => number } {
  let pulled = 0;
  const stream = new Readable({
    read() {
      if (pulled >= total) return void this.push(null);
      pulled += CHUNK;
      this.push(Buffer.alloc(CHUNK, "a"));
    },
  });
  return { stream, pulled: () => pulled };
}

function digest(body: Buffer, timestamp = "1700000000"): string {
  return createHmac("sha256", SECRET).update(`${timestamp}.`).update(body).digest("hex");
}

/** Pipes the sender through the check; what came out, and how it ended. */
async function readThrough(source: Readable, signature: string, limit: number) {
  let verified = false;
  const check = new SignedBodyStream({ secret: SECRET, timestamp: "1700000000", signature, limit, onVerified: () => (verified = true) });
  source.pipe(check);
  const out: Buffer[] = [];
  const error = await new Promise<unknown>((resolve) => {
    check.on("data", (chunk: Buffer) => out.push(chunk));
    check.on("end", () => resolve(undefined));
    check.on("error", (e) => {
      source.unpipe(check);
      source.pause();
      resolve(e);
    });
  });
  return { body: Buffer.concat(out), error, verified, received: check.receivedBytes };
}

describe("SignedBodyStream", () => {
  it("passes a properly signed body on unchanged and says it is verified", async () => {
    const body = Buffer.alloc(10 * CHUNK, "a");
    const { stream } = sender(body.length);
    const result = await readThrough(stream, digest(body), 1024 * 1024);
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(result.body.equals(body)).toBe(true);
  });

  it("ends a wrongly signed body in an error, not its end", async () => {
    const { stream } = sender(10 * CHUNK);
    const result = await readThrough(stream, digest(Buffer.from("something else")), 1024 * 1024);
    expect(result.error).toBeInstanceOf(IntakeRefusal);
    expect((result.error as IntakeRefusal).reason).toBe("bad signature");
    expect(result.verified).toBe(false);
  });

  it("passes nothing past the limit on, and pulls little more than the limit from the sender", async () => {
    const limit = 256 * 1024;
    const total = 4 * 1024 * 1024;
    const source = sender(total);
    const result = await readThrough(source.stream, "0".repeat(64), limit);
    expect(result.error).toBeInstanceOf(IntakeRefusal);
    expect((result.error as IntakeRefusal).statusCode).toBe(401);
    expect(result.body.length).toBeLessThanOrEqual(limit);
    expect(result.received).toBe(limit + CHUNK);
    // The sender's stream buffers ahead a little (its high-water mark); the 4 MiB stay unread.
    expect(source.pulled()).toBeLessThan(limit + 8 * CHUNK);
  });
});
