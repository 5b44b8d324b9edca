/**
 * National identity numbers. Heuristics, not registries: each format below
 * is recognised by its shape and, where the format has one, its check
 * character; anything else only when the customer labels it.
 *
 * - US Social Security number: 3-2-4 digits with dashes or spaces, minus
 *   the never-issued areas (000, 666, 900–999), group 00 and serial 0000;
 *   nine bare digits only after "SSN" / "social security number".
 * - Spanish DNI (8 digits + check letter) and NIE (X/Y/Z + 7 digits + check
 *   letter), the letter verified (mod 23).
 * - French NIR (numéro de sécurité sociale): 13 digits + 2-digit key,
 *   spaces allowed, key verified (97 − n mod 97; Corsica 2A/2B counted as 19/18).
 * - Italian codice fiscale: 6 letters, 2 digits, month letter, 2 digits,
 *   a letter, 3 digits, a letter (shape only).
 * - UK National Insurance number: two prefix letters (never-issued ones
 *   excluded), 6 digits, suffix A–D.
 * - Any number after a label such as "Steuer-ID", "Personalausweis",
 *   "passport number", "DNI", "BSN", "PESEL" (one token with a digit).
 */
import { groupRange, spansOf, type Span } from "./span.js";

const SSN = /(?<![\p{L}\p{N}_-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\p{L}\p{N}_-])/gu;
const SSN_LABELLED = /\b(?:SSN|social security (?:number|no\.?|#))\s*(?:is|:|#)?\s*(\d{9})\b/dgi;

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
const DNI = /(?<![\p{L}\p{N}_])([XYZ]?)(\d{7,8})-?([A-Z])(?![\p{L}\p{N}_])/gu;

const NIR = /(?<![\p{L}\p{N}_])([12]) ?(\d{2}) ?(0[1-9]|1[0-2]|[2-9]\d) ?(\d{2}|2[AB]) ?(\d{3}) ?(\d{3}) ?(\d{2})(?![\p{L}\p{N}_])/gu;

const CODICE_FISCALE = /(?<![\p{L}\p{N}_])[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?![\p{L}\p{N}_])/gu;

const NINO = /(?<![\p{L}\p{N}_])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}_])/gu;

const LABELS = [
  "steuer-?id(?:entifikationsnummer)?",
  "steuernummer",
  "personalausweis(?:nummer)?",
  "ausweisnummer",
  "reisepass(?:nummer)?",
  "passport(?: number| no\\.?| #)?",
  "national id(?:entity)?(?: number| no\\.?)?",
  "id card number",
  "dni",
  "nie",
  "nif",
  "codice fiscale",
  "num[ée]ro de s[ée]curit[ée] sociale",
  "carte d'identit[ée]",
  "bsn",
  "pesel",
];
const LABELLED = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${LABELS.join("|")})\\s*(?:is|ist|es|est|:|#|=|no\\.?|nr\\.?)?\\s*((?=[\\p{L}\\p{N}-]*\\d)[\\p{L}\\p{N}][\\p{L}\\p{N}-]{4,24})`,
  "dgiu",
);

export function detectNationalIds(text: string): Span[] {
  return [
    ...spansOf(text, SSN, "national_id"),
    ...spansOf(text, SSN_LABELLED, "national_id", (m) => groupRange(m, 1)),
    ...spansOf(text, DNI, "national_id", (m) => (validDni(m[1] ?? "", m[2] ?? "", m[3] ?? "") ? whole(m) : null)),
    ...spansOf(text, NIR, "national_id", (m) => (validNir(m) ? whole(m) : null)),
    ...spansOf(text, CODICE_FISCALE, "national_id"),
    ...spansOf(text, NINO, "national_id"),
    ...spansOf(text, LABELLED, "national_id", (m) => groupRange(m, 1)),
  ];
}

function whole(m: RegExpExecArray) {
  return { start: m.index, end: m.index + m[0].length };
}

/** DNI: 8 digits; NIE: X/Y/Z (read as 0/1/2) + 7 digits. The letter is DNI_LETTERS[number mod 23]. */
function validDni(prefix: string, digits: string, letter: string): boolean {
  if (prefix ? digits.length !== 7 : digits.length !== 8) return false;
  const number = Number(`${prefix ? "XYZ".indexOf(prefix) : ""}${digits}`);
  return DNI_LETTERS[number % 23] === letter;
}

function validNir(m: RegExpExecArray): boolean {
  const [, sex, year, month, department, commune, order, key] = m;
  const corsica = department === "2A" ? "19" : department === "2B" ? "18" : department;
  const body = BigInt(`${sex}${year}${month}${corsica}${commune}${order}`);
  return 97n - (body % 97n) === BigInt(key ?? "-1");
}
