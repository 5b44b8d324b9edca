/**
 * The emotional reading of a ticket: sentiment label and frustration level,
 * with the cues that produced them so a human can check the call.
 */
import type { Sentiment } from "../../domain/taxonomy.js";
import { findExclamationRuns } from "./exclamation.js";
import { assessFrustration } from "./frustration.js";
import { scoreLexicon } from "./lexicon.js";
import { labelSentiment } from "./sentiment-label.js";
import { findShoutedWords } from "./shouting.js";
import { findWording } from "./wording.js";

export interface EmotionReading {
  sentiment: Sentiment;
  /** 0–100 integer. */
  frustration: number;
  /** Comparative score from the lexicon: net AFINN valence per token (at least 10 tokens counted), rounded to 3 decimals. */
  lexiconScore: number;
  /** Human-readable evidence, e.g. "capitals: THIRD, CRITICAL", "repeat contact wording: third time". */
  cues: string[];
}

const CALM: EmotionReading = { sentiment: "neutral", frustration: 0, lexiconScore: 0, cues: [] };

/** Three decimals are plenty for a per-token average of integer scores and keep reports readable. */
const LEXICON_SCORE_DECIMALS = 3;

const HAS_LETTER = /\p{L}/u;

/**
 * Reads sentiment and frustration from a ticket's text.
 * @param language ISO 639-1 code (as from detectLanguage); selects the lexicon.
 *   Wording cues of all supported languages are checked regardless, so a
 *   wrong detection on a short text costs only the word valences.
 */
export function readEmotion(text: string, language: string): EmotionReading {
  // NFC so a decomposed "é" (e + combining accent) matches the lexicons and phrase lists.
  const normalized = text.normalize("NFC");
  // Without words there is nothing to read: a lone emoji or "!!!" can be anger,
  // irony or a typo, and guessing would put an unexplainable number on the ticket.
  if (!HAS_LETTER.test(normalized)) return CALM;

  const lexicon = scoreLexicon(normalized, primaryLanguage(language));
  const { frustration, cues } = assessFrustration({
    lexicon,
    shoutedWords: findShoutedWords(normalized),
    exclamationRuns: findExclamationRuns(normalized),
    wording: findWording(normalized),
  });
  return {
    sentiment: labelSentiment({ frustration, valence: lexicon.score, comparative: lexicon.comparative }),
    frustration,
    // `|| 0` turns a rounded -0 into 0 for clean JSON.
    lexiconScore: Number(lexicon.comparative.toFixed(LEXICON_SCORE_DECIMALS)) || 0,
    cues,
  };
}

/** "de-AT" and "pt_BR" select the "de" and "pt" lexicons. */
function primaryLanguage(language: string): string {
  return language.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}
