/**
 * Finds the catalogue's phrases in a ticket in one pass over the text.
 */
import { WORDING_CATALOGUE, WORDING_KINDS, type WordingKind } from "./wording-catalogue.js";

export type WordingMatches = Record<WordingKind, string[]>;

/**
 * One regular expression with a named group per kind. A single left-to-right
 * pass keeps the cost linear in the text and never counts one span twice:
 * "beyond frustrated" is anger, and its "frustrated" is not also counted as
 * irritation, because anger is listed first and matches consume the text.
 * Whole-word boundaries use Unicode letters, since `\b` treats "é" or "ü" as
 * a non-word character and would split "énervé" or "wütend".
 */
const WORDING_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${WORDING_KINDS.map((kind) => `(?<${kind}>${WORDING_CATALOGUE[kind].map(spacesToWhitespace).join("|")})`).join(
    "|",
  )})(?![\\p{L}\\p{N}])`,
  "giu",
);

function spacesToWhitespace(phrase: string): string {
  return phrase.replaceAll(" ", "\\s+");
}

/** Every catalogue phrase found, grouped by kind, lower-cased with whitespace collapsed, in text order. */
export function findWording(text: string): WordingMatches {
  const found: WordingMatches = {
    anger: [],
    irritation: [],
    repeat_contact: [],
    urgency: [],
    threat: [],
    profanity: [],
  };
  // Typographic apostrophes ("won’t", "m’a") are folded so the catalogue needs only one spelling.
  const comparable = text.replace(/[’‘]/g, "'");
  for (const match of comparable.matchAll(WORDING_PATTERN)) {
    const kind = WORDING_KINDS.find((candidate) => match.groups?.[candidate] !== undefined);
    if (kind !== undefined) found[kind].push(match[0].toLowerCase().replace(/\s+/g, " "));
  }
  return found;
}
