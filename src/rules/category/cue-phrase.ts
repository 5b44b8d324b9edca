/**
 * The cue phrase syntax. A phrase is one or more words; a word may carry a
 * `*` wildcard at its end ("charg*" → charge, charged, charging), at its
 * start ("*rechnung" → Jahresrechnung) or both ("*zahlung*"). A word without
 * `*` must match a whole ticket word.
 *
 * Why explicit wildcards rather than a stemmer: the rules engine reads
 * tickets in four languages without knowing reliably which one (a five-word
 * subject defeats language detection), and a stemmer for the wrong language
 * mangles words; German compounds ("Doppelbelastung") need infix matching no
 * stemmer gives; and a reviewer can see exactly what "refund*" will match,
 * which keeps every classification explainable.
 */
import { normalizeText, tokenize } from "./text.js";

export type WordPattern =
  { kind: "exact"; core: string } | { kind: "prefix"; core: string } | { kind: "suffix"; core: string } | { kind: "contains"; core: string };

/**
 * Shortest text a wildcard may hang on: "in*" or "re*" would match a large
 * share of all words in every language; three letters ("api*", "bug*") is
 * the shortest stem that still names something.
 */
export const MIN_WILDCARD_CORE = 3;

/** Cue phrases are short names for a topic; eight words is already a full clause. */
export const MAX_PHRASE_WORDS = 8;

/** Characters a phrase may contain: letters, digits, spaces, apostrophes, hyphens and the `*` wildcard. */
const PHRASE_CHARACTERS = /^[\p{L}\p{N}\s'’*-]+$/u;

/**
 * Compiles a phrase into word patterns, or returns null when the phrase is
 * not valid cue syntax (the taxonomy schema reports that as an error).
 */
export function parseCuePhrase(phrase: string): WordPattern[] | null {
  if (!PHRASE_CHARACTERS.test(phrase)) return null;
  const patterns: WordPattern[] = [];
  for (const part of phrase.trim().split(/\s+/u)) {
    const leading = part.startsWith("*");
    const trailing = part.length > 1 && part.endsWith("*");
    const core = part.slice(leading ? 1 : 0, trailing ? -1 : undefined);
    if (core.includes("*")) return null;
    const words = tokenize(normalizeText(core));
    if (words.length === 0) return null;
    words.forEach((word, index) => {
      const wildStart = leading && index === 0;
      const wildEnd = trailing && index === words.length - 1;
      patterns.push(wordPattern(word, wildStart, wildEnd));
    });
  }
  if (patterns.length === 0 || patterns.length > MAX_PHRASE_WORDS) return null;
  const tooShort = patterns.some((p) => p.kind !== "exact" && p.core.length < MIN_WILDCARD_CORE);
  return tooShort ? null : patterns;
}

function wordPattern(core: string, wildStart: boolean, wildEnd: boolean): WordPattern {
  if (wildStart && wildEnd) return { kind: "contains", core };
  if (wildStart) return { kind: "suffix", core };
  if (wildEnd) return { kind: "prefix", core };
  return { kind: "exact", core };
}

export function wordMatches(pattern: WordPattern, word: string): boolean {
  switch (pattern.kind) {
    case "exact":
      return word === pattern.core;
    case "prefix":
      return word.startsWith(pattern.core);
    case "suffix":
      return word.endsWith(pattern.core);
    case "contains":
      return word.includes(pattern.core);
  }
}

/** A canonical spelling of the compiled phrase, so "Rechnung*" and "rechnung*" count as one cue. */
export function patternKey(patterns: readonly WordPattern[]): string {
  return patterns
    .map((p) => (p.kind === "suffix" || p.kind === "contains" ? "*" : "") + p.core + (p.kind === "prefix" || p.kind === "contains" ? "*" : ""))
    .join(" ");
}
