/**
 * Replays of intake requests: the same delivery, or the same body for the
 * same thread within a window, is acknowledged and not applied twice. The
 * keys live in the journal's database (IntakeJournal.rememberRequest), so a
 * restart or a second instance refuses a replay too.
 */
import { createHash } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { single } from "./auth.js";
import type { IntakeJournal } from "../../runtime/intake/journal-contract.js";

/** A sender's id for one delivery, kept a day: webhook senders retry for hours. */
const DELIVERY_ID_TTL_MS = 24 * 3600 * 1000;
/** An identical body for the same thread within this is the same request sent again (twice the signature window). */
const SAME_BODY_TTL_MS = 10 * 60 * 1000;

export const DELIVERY_ID_HEADER = "x-delivery-id";

export interface ReplayCheck {
  duplicate: boolean;
  /** Keys taken for this request: forget them when it could not be journaled, so the sender's retry is not lost. */
  keys: string[];
}

/**
 * Takes the request's replay keys: its delivery id (X-Delivery-Id, when
 * sent) and its body's hash on the thread. Any key already taken makes it
 * a duplicate.
 */
export async function checkReplay(journal: IntakeJournal, request: FastifyRequest, scope: string, now: Date): Promise<ReplayCheck> {
  const keys: string[] = [];
  const deliveryId = single(request.headers[DELIVERY_ID_HEADER])?.trim().slice(0, 200);
  const candidates: Array<[string, number]> = [];
  if (deliveryId) candidates.push([`delivery:${deliveryId}`, DELIVERY_ID_TTL_MS]);
  const digest = createHash("sha256")
    .update(request.rawBody ?? Buffer.alloc(0))
    .digest("hex");
  candidates.push([`body:${scope}:${digest}`, SAME_BODY_TTL_MS]);
  for (const [key, ttl] of candidates) {
    if (!(await journal.rememberRequest(key, now, new Date(now.getTime() + ttl)))) return { duplicate: true, keys };
    keys.push(key);
  }
  return { duplicate: false, keys };
}

export async function forgetReplayKeys(journal: IntakeJournal, keys: readonly string[]): Promise<void> {
  for (const key of keys) await journal.forgetRequest(key);
}
