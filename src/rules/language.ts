/**
 * Language detection for incoming tickets. The rules engine picks its
 * lexicons, patterns and reply templates by this code, so a wrong guess costs
 * more than a cautious "en": English is the fallback the whole pipeline
 * understands.
 *
 * eld (Efficient Language Detector) rather than tinyld: on short support
 * messages tinyld was confidently wrong ("Hi, how do I export my data to
 * CSV?" → Hungarian at 0.94), eld was right and says when it is unsure. Its
 * "extrasmall" n-gram database loads in about 0.2 s, a third of "small",
 * with the same answers on our samples.
 */
import { eld } from "eld/extrasmall";
import { SUPPORTED_LANGUAGES } from "../domain/taxonomy.js";

/** What every caller gets when the text gives no reliable signal. */
const FALLBACK_LANGUAGE = "en";

/**
 * Only the head of the text is examined. A support message states its
 * language in its first sentences; what follows is often pasted logs or
 * quoted mail that would only blur the vote. 2,000 characters is a long
 * email (about 300 words).
 */
const DETECTION_WINDOW_CHARS = 2_000;

/**
 * A guess of a language the rules cannot read sends the ticket to a person
 * who can (src/rules/decision.ts), so in Latin script it must rest on more
 * than a fragment: eld calls "farewell" Norwegian and "reset my password"
 * Italian, each "reliable". Below this many words a Latin-script text keeps
 * the fallback. Non-Latin scripts name their language in a word or two.
 */
const MIN_WORDS_FOR_UNREAD_LATIN = 4;

/**
 * When a language the rules read scores within this share of the winner, the
 * text is a near-tie ("Start radio": nl 0.763, en 0.757) and the readable
 * language is taken. Real Portuguese or Italian sentences lead the closest
 * readable language by 10 % or more.
 */
const NEAR_TIE_SHARE = 0.95;

const wordSegmenter = new Intl.Segmenter("und", { granularity: "word" });
const LETTERS = /\p{L}/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;

/** Whether most letters are Latin: a Japanese ticket quoting "API" is still Japanese. */
function isMostlyLatin(text: string): boolean {
  const letters = text.match(LETTERS)?.length ?? 0;
  return letters > 0 && (text.match(LATIN_LETTERS)?.length ?? 0) * 2 > letters;
}

function wordCount(text: string): number {
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** The best-scoring language the rules read, when it is within NEAR_TIE_SHARE of the winner's score. */
function readableNearTie(scores: Record<string, number>, winner: string): string | undefined {
  const top = scores[winner] ?? 0;
  let best: string | undefined;
  for (const language of SUPPORTED_LANGUAGES) {
    const score = scores[language] ?? 0;
    if (score >= top * NEAR_TIE_SHARE && (best === undefined || score > (scores[best] ?? 0))) best = language;
  }
  return best;
}

/** ISO 639-1 code of the text's language; "en" when the text is too short or detection is unsure. */
export function detectLanguage(text: string): string {
  const head = text.slice(0, DETECTION_WINDOW_CHARS);
  if (head.trim() === "") return FALLBACK_LANGUAGE;
  const result = eld.detect(head);
  // isReliable() is false for fragments ("hello?", "Webhook 502") that carry
  // too few n-grams to tell languages apart.
  if (!result.language || !result.isReliable()) return FALLBACK_LANGUAGE;
  if ((SUPPORTED_LANGUAGES as readonly string[]).includes(result.language) || !isMostlyLatin(head)) return result.language;
  if (wordCount(head) < MIN_WORDS_FOR_UNREAD_LATIN) return FALLBACK_LANGUAGE;
  return readableNearTie(result.getScores(), result.language) ?? result.language;
}
