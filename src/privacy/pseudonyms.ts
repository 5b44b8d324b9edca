/**
 * Stable placeholders for the personal details a model does not need to
 * judge a ticket or write a reply: email addresses, phone numbers, the
 * customer's name and ids become `<EMAIL_1>`, `<PHONE_1>`, `<NAME_1>`,
 * `<ID_1>`. The same value gets the same placeholder in every prompt of a
 * run, because the table is built the same way from the same ticket each
 * time (its fields, then the customer's messages, in order), so no node
 * has to hand it to the next. The reply a model writes gets the values back
 * (restore), so the greeting still names the customer.
 *
 * This complements redact.ts: card numbers, passwords and keys are removed
 * for good ([REDACTED:card]); these details are only hidden from the model.
 */
import { findIds } from "../rules/entity-extractors/ids.js";
import { findEmails, findPhones, type Range } from "./pseudonym/contact.js";

export const PSEUDONYM_KINDS = ["EMAIL", "PHONE", "NAME", "ID"] as const;
export type PseudonymKind = (typeof PSEUDONYM_KINDS)[number];

export interface PseudonymSource {
  customerName?: string | undefined;
  customerEmail?: string | undefined;
  customerId?: string | undefined;
}

interface Found extends Range {
  kind: PseudonymKind;
}

/** A placeholder as a model sees it (and may write it back). */
const PLACEHOLDER = /<(EMAIL|PHONE|NAME|ID)_(\d{1,4})>/g;
/** Name parts shorter than this ("Li" aside) are too common as words to hide everywhere they occur. */
const MIN_NAME_PART = 3;

export class Pseudonyms {
  private readonly byValue = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, string>();
  private readonly counts: Record<PseudonymKind, number> = { EMAIL: 0, PHONE: 0, NAME: 0, ID: 0 };
  private readonly names: string[];
  private readonly ids: string[];
  private readonly masked = new Map<string, string>();

  /** The table for one ticket: its fields first, then `texts` (subject, customer messages) in order. */
  constructor(source: PseudonymSource, texts: readonly string[] = []) {
    const name = source.customerName?.trim();
    const parts = name ? name.split(/\s+/).filter((p) => [...p].length >= MIN_NAME_PART) : [];
    // The full name first, so "Jane Doe" is one placeholder and a lone "Jane" another.
    this.names = name ? [...new Set([name, ...parts])] : [];
    this.ids = source.customerId?.trim() ? [source.customerId.trim()] : [];
    for (const value of this.names) this.assign("NAME", value);
    if (source.customerEmail?.trim()) this.assign("EMAIL", source.customerEmail.trim());
    for (const value of this.ids) this.assign("ID", value);
    for (const text of texts) this.mask(text);
  }

  /** `text` with every detail replaced by its placeholder; details not seen before get the next number. */
  mask(text: string): string {
    // The ticket's own texts are masked when the table is built and again for the prompt: once is enough.
    const known = this.masked.get(text);
    if (known !== undefined) return known;
    const out = this.replace(text);
    this.masked.set(text, out);
    return out;
  }

  private replace(text: string): string {
    const spans = this.find(text);
    let out = "";
    let at = 0;
    for (const span of spans) {
      out += text.slice(at, span.start) + this.assign(span.kind, text.slice(span.start, span.end));
      at = span.end;
    }
    return out + text.slice(at);
  }

  /** A model's text with the values back in place of the placeholders it knows; unknown ones are left as written. */
  restore(text: string): string {
    return text.replace(PLACEHOLDER, (placeholder) => this.byPlaceholder.get(placeholder) ?? placeholder);
  }

  private assign(kind: PseudonymKind, value: string): string {
    const key = `${kind}:${kind === "EMAIL" ? value.toLowerCase() : value}`;
    let placeholder = this.byValue.get(key);
    if (!placeholder) {
      placeholder = `<${kind}_${++this.counts[kind]}>`;
      this.byValue.set(key, placeholder);
      this.byPlaceholder.set(placeholder, value);
    }
    return placeholder;
  }

  private find(text: string): Found[] {
    // In order of preference when two finds cover the same stretch ("Kundennummer 99887766" is an id, not a phone).
    const found: Found[] = [
      ...findEmails(text).map((r) => ({ ...r, kind: "EMAIL" as const })),
      ...this.names.flatMap((name) => occurrences(text, name).map((r) => ({ ...r, kind: "NAME" as const }))),
      ...this.ids.flatMap((id) => occurrences(text, id).map((r) => ({ ...r, kind: "ID" as const }))),
      ...findIds(text).map((f) => ({ start: f.start, end: f.end, kind: "ID" as const })),
      ...findPhones(text).map((r) => ({ ...r, kind: "PHONE" as const })),
    ];
    // Earliest first, then longest (a stable sort keeps the preference on ties): a full name beats its parts.
    const sorted = found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Found[] = [];
    for (const span of sorted) {
      const last = kept.at(-1);
      if (!last || span.start >= last.end) kept.push(span);
    }
    return kept;
  }
}

/** Whole-word occurrences of `value` (letters and digits around it do not count). */
function occurrences(text: string, value: string): Range[] {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu");
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
