/**
 * Order, invoice, account, ticket and request ids.
 */
import { group, scan, whole, type Found } from "./found.js";

const W = String.raw`\p{L}\p{N}_`;

/** Prefixed ids: INV-2024-001, CUST-123, TICK-STD-001, CVE-2024-1234. */
const PREFIXED_ID = new RegExp(String.raw`(?<![${W}-])[A-Z]{2,10}(?:-[A-Z0-9]{1,12}){1,4}(?![${W}-])`, "gu");

/**
 * Standard and encoding names that look like prefixed ids ("UTF-8",
 * "SHA-256", "ISO-8601") but identify no customer record.
 */
const NOT_AN_ID_PREFIX: ReadonlySet<string> = new Set([
  "UTF",
  "SHA",
  "AES",
  "RSA",
  "ISO",
  "RFC",
  "TLS",
  "SSL",
  "HTTP",
  "IPV",
  "MP",
  "COVID",
  "GPT",
  "WCAG",
  "PCI",
  "SOC",
]);

/** "#12345" (not HTML entities like "&#1234;"). */
const HASH_ID = new RegExp(String.raw`(?<![${W}&#])#\d{3,12}(?![${W}])`, "gu");

/**
 * An id after the word naming it, in the four supported languages:
 * "order 12345", "invoice no. 4711", "Rechnungsnummer 4711", "pedido #991",
 * "commande n° 8812". The id must contain a digit, so "order confirmation"
 * is not an id.
 */
const RECORD_WORD = String.raw`(?:order|invoice|account|ticket|case|transaction|request|customer|subscription|bestellung|bestellnummer|rechnung|rechnungsnummer|kundennummer|auftragsnummer|ticketnummer|vorgangsnummer|konto|pedido|factura|cuenta|cliente|n[uú]mero de (?:pedido|factura|cuenta|cliente)|commande|facture|compte|client|dossier|num[eé]ro de (?:commande|facture|compte|client|dossier))`;
const NUMBER_WORD = String.raw`(?:\s?(?:number|no\.?|nr\.?|n[°º]\.?|num\.?|id|#))?`;
const LABELLED_ID = new RegExp(String.raw`(?<![\p{L}])${RECORD_WORD}${NUMBER_WORD}[\s:#]{1,3}(#?[A-Za-z0-9][A-Za-z0-9-]{2,30})(?![${W}-])`, "giud");

/** UUIDs, often request or trace ids. */
const UUID = new RegExp(String.raw`(?<![${W}-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![${W}-])`, "giu");

/** Payment-processor style ids: cus_…, in_…, ch_…, sub_…, pi_… */
const PROCESSOR_ID = new RegExp(String.raw`(?<![${W}])(?:cus|in|ch|sub|pi|pm|py|re|acct|req|txn|evt|inv|ord|prod|price)_[A-Za-z0-9]{8,40}(?![${W}])`, "gu");

/**
 * Our own object ids, and those of the tools customers connect: a short
 * lowercase prefix naming the kind of record, an underscore and a key with a
 * digit in it: "fl_8c21a" (a flow), "run_aa91", "ws_3f9", "tbl_91",
 * "req_8f2c1a", "r_de55c". Shorter keys than the processor ids above, so the
 * digit is what tells an id from a snake_case word ("customer_email",
 * "invalid_blocks" are field names and error strings, not records).
 */
const OBJECT_ID = new RegExp(String.raw`(?<![${W}])[a-z]{1,6}_[a-z0-9]{2,40}(?![${W}])`, "gu");

/**
 * A one-letter series with a year or number and a serial: "R-2024-0813",
 * "F-2406-118" (receipts and invoices numbered by accounting tools). Two
 * numeric parts, so "A-1" or "B-Team" are not ids.
 */
const LETTER_SERIES_ID = new RegExp(String.raw`(?<![${W}-])[A-Z](?:-\d{2,12}){2,4}(?![${W}-])`, "gu");

/** "#12345" and "12345" name the same record. */
function idKey(value: string): string {
  return value.replace(/^#/, "").toLowerCase();
}

export function findIds(text: string): Found[] {
  const keyed = (found: Found | null): Found | null => found && { ...found, key: idKey(found.value) };
  return [
    ...scan(text, PREFIXED_ID, (match) => {
      const prefix = match[0].slice(0, match[0].indexOf("-"));
      return /\d/.test(match[0]) && !NOT_AN_ID_PREFIX.has(prefix) ? keyed(whole(match)) : null;
    }),
    ...scan(text, HASH_ID, (match) => keyed(whole(match))),
    ...scan(text, LABELLED_ID, (match) => {
      const id = group(match, 1);
      return id && /\d/.test(id.value) ? keyed(id) : null;
    }),
    ...scan(text, UUID, (match) => keyed(whole(match))),
    ...scan(text, PROCESSOR_ID, (match) => keyed(whole(match))),
    ...scan(text, OBJECT_ID, (match) => (/\d/.test(match[0].slice(match[0].indexOf("_"))) ? keyed(whole(match)) : null)),
    ...scan(text, LETTER_SERIES_ID, (match) => keyed(whole(match))),
  ];
}
