/**
 * The text a reading table is matched against, and the way back to the
 * customer's words. Latin scripts are folded like the pattern families'
 * text (lowercase, no diacritics), plus three letters NFKD keeps ("ı", "ł",
 * "ø"), replaced one for one so positions still map back. Japanese, Chinese
 * and Korean are read as written: NFKD would strip the dakuten (データ →
 * テータ) and split Hangul syllables into jamo.
 */
import { foldText } from "../signals/fold.js";
import type { Script } from "./table.js";

export interface PreparedText {
  readonly text: string;
  /** The customer's words for text[start, end). */
  original(start: number, end: number): string;
  readonly sentences: readonly Sentence[];
}

export interface Sentence {
  readonly text: string;
  /** Where the sentence starts in the prepared text. */
  readonly start: number;
}

const KEPT_BY_NFKD: Readonly<Record<string, string>> = { ı: "i", ł: "l", ø: "o" };

export function prepare(source: string, script: Script): PreparedText {
  if (script === "latin") {
    const folded = foldText(source);
    const text = folded.text.replace(/[ıłø]/gu, (c) => KEPT_BY_NFKD[c] ?? c);
    return { text, original: (start, end) => folded.original(start, end), sentences: sentencesOf(text) };
  }
  // Only ASCII is lowercased ("API", "Token"): one unit for one, so positions stay.
  const text = source.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return { text, original: (start, end) => source.slice(start, end), sentences: sentencesOf(text) };
}

/** Sentences end at Latin punctuation before a space, at CJK punctuation, and at line breaks. */
function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const border = /(?<=[.!?])\s+|(?<=[。！？])|\n+/gu;
  let start = 0;
  for (const match of text.matchAll(border)) {
    push(sentences, text, start, match.index);
    start = match.index + match[0].length;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function push(sentences: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed !== "") sentences.push({ text: trimmed, start: start + lead });
}
