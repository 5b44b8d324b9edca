/**
 * Redaction before storage, for teams that must not keep card numbers or
 * passwords at rest: with ESCALATION_REDACT_STORED=1 a ticket's texts and a
 * customer's follow-ups are redacted (with the ESCALATION_REDACT kinds)
 * before they reach the intake journal, the queue or the checkpoints. The
 * rules and the model then read `[REDACTED:card]` where the number was,
 * which is all they need. Off by default: the checkpoints are then the one
 * place raw text is kept (see the README's security section). Both
 * variables are parsed with the rest of the settings (src/settings).
 */
import type { PrivacySettings } from "./config.js";
import { IDENTIFIER_KEYS, redactDeep } from "./redact-deep.js";
import { redactText } from "./redact.js";

export const REDACT_STORED_ENV = "ESCALATION_REDACT_STORED";

/** Email addresses are how the customer is answered; they are not a redaction kind, but keep them out of the walk all the same. */
const KEEP = new Set([...IDENTIFIER_KEYS, "customerEmail", "customerId"]);

/** The ticket as it may be stored: redacted when ESCALATION_REDACT_STORED is on, as given otherwise. */
export function ticketForStorage<T extends object>(ticket: T, privacy: PrivacySettings): T {
  if (!privacy.redactStored) return ticket;
  return redactDeep(ticket, privacy.redactKinds, KEEP).value;
}

/** A customer's follow-up as it may be stored. */
export function messageForStorage(content: string, privacy: PrivacySettings): string {
  return privacy.redactStored ? redactText(content, privacy.redactKinds).text : content;
}
