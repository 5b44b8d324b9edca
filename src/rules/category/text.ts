/**
 * Text normalisation shared by the cue compiler and the classifier, so that a
 * cue and the ticket it is matched against go through the very same folding.
 */

/** Letters that NFD does not decompose but customers type interchangeably with their spelled-out forms. */
const LIGATURES: Readonly<Record<string, string>> = { ß: "ss", œ: "oe", æ: "ae", ø: "o", ł: "l" };

/** Lowercases and strips diacritics: "Rückerstattung" → "ruckerstattung", "añadir" → "anadir". */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[ßœæøł]/gu, (letter) => LIGATURES[letter] ?? letter);
}

/**
 * Splits normalised text into words. Apostrophes and hyphens separate words
 * ("l'application" → "l", "application"; "e-mail" → "e", "mail"); cues are
 * tokenised the same way, so they still line up.
 */
export function tokenize(normalized: string): string[] {
  return normalized.split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
}
