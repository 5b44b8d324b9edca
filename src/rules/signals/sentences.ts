/**
 * Sentence splitting with the ICU segmenter built into Node
 * (`Intl.Segmenter`), so abbreviations, "?!" runs and line breaks are handled
 * by Unicode's rules rather than by a home-made regex. The segmenter runs on
 * the original text: after folding everything is lowercase, and Unicode's
 * rules (rightly) never break before a lowercase word, so "down. our
 * customers" would stay one sentence.
 */
import { cutAtChatBreaks } from "./chat-breaks.js";
import { maskListNumberDots } from "./list-numbers.js";
import { maskOrdinalDots } from "./ordinal-dates.js";
import type { FoldedText } from "./fold.js";
import { unwrapLines } from "./wrapped-lines.js";

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

/**
 * Splits `source` into sentences and returns them as slices of its fold. The
 * segmenter always ends a sentence at a line break, so the line breaks of a
 * hard-wrapped paragraph are made spaces first (wrapped-lines.ts; same
 * length, so the offsets hold).
 */
export function splitSentences(source: string, folded: FoldedText, language: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const segment of segmentsOf(forSegmenter(unwrapLines(source)), segmenterFor(language))) {
    for (const piece of cutAtChatBreaks(segment.segment)) {
      if (piece.text.trim().length === 0) continue;
      const start = folded.foldedIndex(segment.index + piece.offset);
      const end = folded.foldedIndex(segment.index + piece.offset + piece.text.length);
      sentences.push({ text: folded.text.slice(start, end), offset: start });
    }
  }
  return sentences;
}

/**
 * `text` as the segmenter should see it: dots that end no sentence (a German
 * ordinal date's, a list number's) masked, character for character, so a
 * segment's offsets are offsets into `text`.
 */
export function forSegmenter(text: string): string {
  return maskListNumberDots(maskOrdinalDots(text));
}

/**
 * V8's segmenter gets slower with every segment it hands out of a long
 * string — quadratic: a 150 KB pasted stack trace takes seconds, a megabyte
 * minutes. So long text is segmented a window at a time; each window
 * leaves its last two sentences to the next one, so the sentences are the
 * same as in one pass: the last may be unfinished, and whether the break
 * before it stands can depend on text past the window (Unicode's rule SB8
 * looks across any run of symbols for a lowercase letter: "so. ꧋🧨 … at"
 * is one sentence). A single sentence longer than a window is cut at the
 * window's end.
 */
/** 4 KB: dozens of sentences per window (few tails segmented twice), and short enough that the segmenter's growing cost never shows. */
const WINDOW_CHARS = 4_096;

function* segmentsOf(source: string, segmenter: Intl.Segmenter): Generator<{ index: number; segment: string }> {
  let from = 0;
  while (from < source.length) {
    let to = Math.min(source.length, from + WINDOW_CHARS);
    // Never between the halves of a surrogate pair.
    if (to < source.length && /[\udc00-\udfff]/.test(source.charAt(to))) to--;
    const segments = [...segmenter.segment(source.slice(from, to))];
    // The text ends here, or the window is one sentence (cut at its end): all of it is final.
    const whole = to === source.length || segments.length === 1;
    const kept = whole ? segments.length : Math.max(1, segments.length - 2);
    for (const segment of segments.slice(0, kept)) yield { index: from + segment.index, segment: segment.segment };
    const next = whole ? to : from + (segments[kept]?.index ?? to - from);
    from = next > from ? next : to;
  }
}
