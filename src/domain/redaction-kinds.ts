/**
 * What the redactor recognises, and how a redacted span reads. The marker
 * names the kind, so a person reading a notification knows what was there
 * (a card number, a password) without seeing it.
 */
export const REDACTION_KINDS = ["card", "iban", "national_id", "password", "api_key"] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

export function isRedactionKind(value: string): value is RedactionKind {
  return (REDACTION_KINDS as readonly string[]).includes(value);
}

export function redactionMarker(kind: RedactionKind): string {
  return `[REDACTED:${kind}]`;
}

/** A marker already in the text; detectors never match inside one, so redacting twice changes nothing. */
export const MARKER_PATTERN = /\[REDACTED:[a-z_]+\]/g;
