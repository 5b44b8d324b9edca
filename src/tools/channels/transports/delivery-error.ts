/**
 * How a transport reports a failed send: whether trying again can help
 * (network trouble, 5xx, rate limits) and how long the service asked us to
 * wait. Messages name the service and the status, never credentials.
 */
import type { RejectedRecipient } from "./sender.js";

export class DeliveryError extends Error {
  override readonly name = "DeliveryError";
  constructor(
    message: string,
    /** A retry may succeed (timeouts, 5xx, 429); false for refusals (401, 550, channel_not_found). */
    readonly transient: boolean,
    /** The service's Retry-After, in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** HTTP statuses worth retrying: throttling, timeouts and server trouble. */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 425 || status === 429 || status >= 500;
}

/** Retry-After as seconds or an HTTP date, in milliseconds. */
export function retryAfterMs(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A refused recipient as a transport may report it: `transient` when the server said "try again" (SMTP 4xx). */
export interface RecipientRefusal extends RejectedRecipient {
  transient?: boolean;
}

/** Whether asking again may get the mail to this recipient; a refusal not marked transient is final for this run. */
export function isTransientRefusal(refused: RejectedRecipient): boolean {
  return (refused as RecipientRefusal).transient === true;
}
