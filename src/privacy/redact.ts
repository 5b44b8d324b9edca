/**
 * Redaction of personal data and credentials in free text: card numbers,
 * IBANs, national id numbers, passwords and API keys become
 * `[REDACTED:<kind>]`. Used for everything that leaves the agent (model
 * prompts, notifications); the checkpointed ticket and conversation keep the
 * customer's words as written, and the rules engine reads those.
 *
 * Idempotent: text that is already redacted comes back unchanged, so layers
 * may redact again without harm.
 */
import { detectApiKeys } from "./detectors/api-key.js";
import { detectCards } from "./detectors/card.js";
import { detectIbans } from "./detectors/iban.js";
import { detectNationalIds } from "./detectors/national-id.js";
import { detectPasswords } from "./detectors/password.js";
import type { Detector, Span } from "./detectors/span.js";
import { MARKER_PATTERN, REDACTION_KINDS, redactionMarker, type RedactionKind } from "../domain/redaction-kinds.js";

const DETECTORS: Record<RedactionKind, Detector> = {
  card: detectCards,
  iban: detectIbans,
  national_id: detectNationalIds,
  password: detectPasswords,
  api_key: detectApiKeys,
};

export interface Redacted {
  text: string;
  /** The kinds that were found and replaced, in REDACTION_KINDS order; empty when nothing was. */
  redacted: RedactionKind[];
}

export function redactText(text: string, kinds: readonly RedactionKind[] = REDACTION_KINDS): Redacted {
  if (kinds.length === 0 || text.length === 0) return { text, redacted: [] };
  const markers = [...text.matchAll(MARKER_PATTERN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const found = kinds.flatMap((kind) => DETECTORS[kind](text)).filter((span) => !markers.some((m) => span.start < m.end && m.start < span.end));
  const spans = merge(found);
  if (spans.length === 0) return { text, redacted: [] };

  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + redactionMarker(span.kind);
    at = span.end;
  }
  out += text.slice(at);
  const used = new Set(spans.map((s) => s.kind));
  return { text: out, redacted: REDACTION_KINDS.filter((kind) => used.has(kind)) };
}

/**
 * What a model may see of customer text: redacted with the configured kinds
 * (ESCALATION_REDACT). Call it on every piece of customer text a prompt
 * quotes — subject, messages, names — before truncating (prepareTextForModel),
 * so a cut never leaves half a card number unrecognised.
 */
export function redactForModel(text: string, kinds: readonly RedactionKind[]): Redacted {
  return redactText(text, kinds);
}

/**
 * Overlapping findings become one span (a password that is also
 * key-shaped is one secret, not two markers); the earliest-starting, then
 * longest, finding names it.
 */
function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
