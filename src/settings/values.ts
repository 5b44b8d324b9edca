/**
 * Parsers for single variable values. Each takes the trimmed value (undefined
 * when unset or blank) and throws a ConfigError whose message names the
 * variable. A value is quoted back only where it cannot be a secret.
 */
import { ConfigError } from "../config/errors.js";

/** A variable's trimmed value, or undefined when it is unset or blank. */
export function clean(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  return value ? value : undefined;
}

/** A number of milliseconds (digits only). */
export function milliseconds(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new ConfigError(`${name} must be a number of milliseconds, got '${value}'`);
  return Number(value);
}

/** The largest request body `serve` takes: tickets may carry up to 2 MB of text (TicketSchema); JSON escaping can double it. */
export const BODY_LIMIT = 5 * 1024 * 1024;
/** Between the metrics' scans of the threads and the store. */
export const DEFAULT_SCAN_INTERVAL_MS = 60_000;
/** How long shutdown waits for triage already under way before leaving it to the journal. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 30_000;

/** Secrets shorter than this are guessable or typos; Slack's own signing secret is longer. */
export const MIN_SECRET_LENGTH = 16;

/** A shared secret: long enough, never quoted back. */
export function secret(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.length < MIN_SECRET_LENGTH) throw new ConfigError(`${name} must be at least ${MIN_SECRET_LENGTH} characters`);
  return value;
}

/** A URL of one of the given protocols. It may hold a password, so only the variable is named. */
export function url(name: string, value: string | undefined, protocols: readonly string[]): string | undefined {
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must be a ${protocols.map((p) => `${p}//`).join(" or ")} URL`);
  }
  return value;
}

/** A port number, from a flag or a variable (`source` names which). */
export function port(source: string, value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number > 65_535) throw new ConfigError(`${source} must be a port number (0–65535), got '${value}'`);
  return number;
}
