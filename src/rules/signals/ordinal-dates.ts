/**
 * German writes ordinals with a dot: "am 1. Oktober", "bis zum 15. März",
 * "zum 3. Mal". Unicode's sentence rules break after "1." before a capital,
 * so "die Abbuchung vom 1. Oktober bei der Bank zurückgehen lassen" was read
 * as two sentences and neither showed the chargeback. The segmenter is given
 * a copy of the text whose ordinal dots are a middle dot (U+00B7, which
 * Unicode's sentence rules treat as an ordinary character; the one-dot
 * leader U+2024 would still end a sentence): the same length, so every
 * offset into the original still holds. Hand-written: no segmenter option or library knows this.
 */
const ORDINAL_DOT =
  /(?<=(?:^|[\s(])\d{1,2})\.(?=\s+(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|Mal|Quartal|Stock|Etage|Klasse)\b)/gu;

const MIDDLE_DOT = "\u00B7";

/** `text` with the dots of ordinal dates replaced, character for character. */
export function maskOrdinalDots(text: string): string {
  return text.replace(ORDINAL_DOT, MIDDLE_DOT);
}
