/**
 * Redaction for what people read on a screen: the console's ticket page and
 * list, the CLI's `threads`, and any other view of a stored thread. The
 * checkpoints keep the customer's words as written (the rules engine and a
 * later handoff read them); every view of them goes through here, with the
 * same kinds (ESCALATION_REDACT) as notifications and model prompts.
 */
import type { RedactionKind } from "../domain/redaction-kinds.js";
import { redactDeep } from "./redact-deep.js";
import { redactText } from "./redact.js";

/** A stored value (a triage result, a ticket) as a person may see it: every string redacted, ids left intact. */
export function redactForView<T>(value: T, kinds: readonly RedactionKind[]): T {
  return redactDeep(value, kinds).value;
}

/** One piece of stored text (a subject, a turn) as a person may see it. */
export function redactTextForView(text: string, kinds: readonly RedactionKind[]): string {
  return redactText(text, kinds).text;
}
