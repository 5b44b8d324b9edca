/**
 * Language detection for incoming tickets. The rules engine picks its
 * lexicons, patterns and reply templates by this code, so a wrong guess costs
 * more than a cautious "en": English is the fallback the whole pipeline
 * understands.
 */
import { detectAll } from "tinyld";

/** What every caller gets when the text gives no reliable signal. */
const FALLBACK_LANGUAGE = "en";

/**
 * Only the head of the text is examined. A support message states its
 * language in its first sentences; what follows is often pasted logs or
 * quoted mail that would only blur the vote. 2,000 characters is a long
 * email (about 300 words) and keeps detection at a few milliseconds even when
 * the text has no punctuation and tinyld falls back to word-by-word scoring.
 */
const DETECTION_WINDOW_CHARS = 2_000;

/**
 * tinyld's `accuracy` is the winner's share of the n-gram evidence (1 when
 * every chunk voted for it). On real 2–3 sentence support messages in
 * en/de/es/fr the winner scores 0.46 or more; one- or two-word strings and
 * technical fragments ("API error 500 on /v1/orders" → sk 0.06,
 * "Webhook 502" → ga 0.14, "hello?" → it 0.20, "Thank you!" → en 0.25) stay
 * at or below 0.25. 0.3 sits between the two groups, so a fragment falls back
 * to English instead of to a random small language.
 */
const MIN_DETECTION_ACCURACY = 0.3;

/** ISO 639-1 code of the text's language; "en" when the text is too short or detection is unsure. */
export function detectLanguage(text: string): string {
  const head = text.slice(0, DETECTION_WINDOW_CHARS);
  if (head.trim() === "") return FALLBACK_LANGUAGE;

  const best = detectAll(head)[0];
  if (best === undefined || best.lang === "" || best.accuracy < MIN_DETECTION_ACCURACY) {
    return FALLBACK_LANGUAGE;
  }
  return best.lang;
}
