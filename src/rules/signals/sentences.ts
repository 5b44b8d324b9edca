/**
 * Sentence splitting with the ICU segmenter built into Node
 * (`Intl.Segmenter`), so abbreviations, "?!" runs and line breaks are handled
 * by Unicode's rules rather than by a home-made regex. The segmenter runs on
 * the original text: after folding everything is lowercase, and Unicode's
 * rules (rightly) never break before a lowercase word, so "down. our
 * customers" would stay one sentence.
 */
import type { FoldedText } from "./fold.js";

/** One sentence of the folded text and where it starts in it. */
export interface Sentence {
  readonly text: string;
  readonly offset: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Splits `source` into sentences and returns them as slices of its fold. */
export function splitSentences(source: string, folded: FoldedText, language: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const segment of segmenterFor(language).segment(source)) {
    if (segment.segment.trim().length === 0) continue;
    const start = folded.foldedIndex(segment.index);
    const end = folded.foldedIndex(segment.index + segment.segment.length);
    sentences.push({ text: folded.text.slice(start, end), offset: start });
  }
  return sentences;
}
