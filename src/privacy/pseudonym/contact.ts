/**
 * Email addresses and phone numbers in free text, as ranges for
 * pseudonyms.ts. A phone number is told from the other long digit runs of a
 * support ticket (order numbers, amounts, dates, versions, error codes) by
 * its shape: an international prefix, the North American grouping, or a
 * word like "phone" or "call" just before it.
 */

export interface Range {
  start: number;
  end: number;
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,24}(?![\p{L}\p{N}-])/gu;

/** A digit run with the separators phone numbers are written with; 8–15 digits (E.164) are checked after. */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}_.+/-])(?:\+|00)?\(?\d{1,4}\)?(?:[ ./-]?\(?\d{1,5}\)?){1,6}(?![\p{L}\p{N}_]|[./-]\d)/gu;
const NANP = /^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/;
/** Dates and times are digit runs with separators too. */
const DATE_LIKE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
/** A phone word in en/de/es/fr/pt within the few characters before the number. */
const PHONE_CUE =
  /(?:phone|tel(?:ephone|efon|éfono|efone|éphone)?|mobile?|cell|call|whats ?app|sms|fax|handy|ruf|anruf|móvil|movil|llam|portable|appel|celular|contato|número|number|nummer|numéro|no\.|nr\.)\W{0,6}(?:[\p{L}]+\W{1,3}){0,2}$/iu;

export function findEmails(text: string): Range[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function findPhones(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(PHONE_CANDIDATE)) {
    const value = m[0].trim();
    const digits = value.replace(/\D/g, "").length;
    if (digits < 8 || digits > 15 || DATE_LIKE.test(value)) continue;
    const international = /^(?:\+|00)/.test(value);
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (international || NANP.test(value) || PHONE_CUE.test(before)) ranges.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  }
  return ranges;
}
