/**
 * A numbered list item opens with its number: "1. Have you had a breach in
 * the last 24 months?", "4.2. Describe your process when credentials are
 * compromised." Unicode's sentence rules break after "2." before a capital,
 * so the item was read without its number, and with it went the one sign
 * that it is an item of a list (questionnaire.ts, asksOrLists): the
 * questionnaire's "compromised" was read as a report. The segmenter is given
 * a copy whose list-number dots are a middle dot (as ordinal-dates.ts does
 * for German dates): same length, so every offset still holds.
 */
const LIST_NUMBER_DOT = /^([ \t]*\d{1,3}(?:\.\d{1,3})*)\.(?=[ \t]+\S)/gmu;

const MIDDLE_DOT = "\u00B7";

/** `text` with the dots after its list numbers replaced, character for character. */
export function maskListNumberDots(text: string): string {
  return text.replace(LIST_NUMBER_DOT, `$1${MIDDLE_DOT}`);
}
