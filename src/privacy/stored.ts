/**
 * Redaction before storage, for teams that must not keep card numbers or
 * passwords at rest: with ESCALATION_REDACT_STORED=1 a ticket's texts and a
 * customer's follow-ups are redacted (with the ESCALATION_REDACT kinds)
 * before they reach the intake journal, the queue or the checkpoints. The
 * rules and the model then read `[REDACTED:card]` where the number was,
 * which is all they need. Off by default: the checkpoints are then the one
 * place raw text is kept (see the README's security section).
 */
import { variableError } from "../config/errors.js";
import { redactionKindsFromEnv } from "./config.js";
import { IDENTIFIER_KEYS, redactDeep } from "./redact-deep.js";
import { redactText } from "./redact.js";

export const REDACT_STORED_ENV = "ESCALATION_REDACT_STORED";

const ON = new Set(["1", "true", "on", "yes"]);
const OFF = new Set(["", "0", "false", "off", "no"]);

export function redactStoredFromEnv(env: Record<string, string | undefined> = process.env): boolean {
  const value = (env[REDACT_STORED_ENV] ?? "").trim().toLowerCase();
  if (ON.has(value)) return true;
  if (OFF.has(value)) return false;
  throw variableError(REDACT_STORED_ENV, "must be 1 (redact before storing) or 0");
}

/** Email addresses are how the customer is answered; they are not a redaction kind, but keep them out of the walk all the same. */
const KEEP = new Set([...IDENTIFIER_KEYS, "customerEmail", "customerId"]);

/** The ticket as it may be stored: redacted when ESCALATION_REDACT_STORED is on, as given otherwise. */
export function ticketForStorage<T extends object>(ticket: T, env: Record<string, string | undefined> = process.env): T {
  if (!redactStoredFromEnv(env)) return ticket;
  return redactDeep(ticket, redactionKindsFromEnv(env), KEEP).value;
}

/** A customer's follow-up as it may be stored. */
export function messageForStorage(content: string, env: Record<string, string | undefined> = process.env): string {
  return redactStoredFromEnv(env) ? redactText(content, redactionKindsFromEnv(env)).text : content;
}
