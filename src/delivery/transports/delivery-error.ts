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

/** A refused recipient as a transport may report it: `transient` when the server said "try again" (SMTP 4xx). */
export interface RecipientRefusal extends RejectedRecipient {
  transient?: boolean;
}

/** Whether asking again may get the mail to this recipient; a refusal not marked transient is final for this run. */
export function isTransientRefusal(refused: RejectedRecipient): boolean {
  return (refused as RecipientRefusal).transient === true;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  UND_ERR_SOCKET: "connection closed",
  CERT_HAS_EXPIRED: "TLS certificate expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed TLS certificate",
};

/**
 * Why a request never got an answer, in words: "fetch failed" alone tells
 * nobody what to fix. Node's fetch hides the reason in `cause` (a chain of
 * them); the first known network code, with where it was going, names it.
 */
export function networkReason(error: unknown): string {
  const top = (error as Error | undefined)?.message ?? String(error);
  const causes: string[] = [];
  let node: unknown = error;
  for (let depth = 0; node && depth < 5; depth++) {
    const coded = node as { code?: unknown; address?: unknown; port?: unknown; name?: unknown; cause?: unknown };
    if (coded.name === "TimeoutError") return "no answer in time (timeout)";
    const code = typeof coded.code === "string" ? coded.code : undefined;
    if (code && NETWORK_CODES[code]) {
      const where = typeof coded.address === "string" ? ` (${coded.address}${typeof coded.port === "number" ? `:${coded.port}` : ""})` : "";
      return `${NETWORK_CODES[code]}${where}`;
    }
    const message = (node as Error).message;
    if (depth > 0 && typeof message === "string" && message && !causes.includes(message)) causes.push(message);
    node = coded.cause;
  }
  // No code we know: the causes' own words ("bad port", "unknown scheme") still beat "fetch failed".
  return causes.length ? `${top}: ${causes.join(": ")}` : top;
}
