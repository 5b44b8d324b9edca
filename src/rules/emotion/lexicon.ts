/**
 * Word-valence scoring (AFINN) of a ticket, run by the `sentiment` engine
 * over the lexicon of the ticket's language.
 */
import Sentiment from "sentiment";
import { lexiconFor, type LexiconData } from "./lexicon-data.js";

export interface LexiconReading {
  /** Sum of the valences of the rated words (negation applied). */
  score: number;
  /** Score per token with a floor on the token count (see MIN_COMPARATIVE_TOKENS). */
  comparative: number;
  tokenCount: number;
  /** Distinct rated words that pulled the score down, in text order. */
  negativeWords: string[];
  positiveWords: string[];
}

/**
 * A one-word message ("terrible") would otherwise score the full -3 per
 * token, as negative as a paragraph of abuse. Dividing by at least 10 tokens
 * (a short sentence) keeps a lone word from dominating while leaving real
 * messages, which are longer, scored by the plain AFINN comparative.
 */
const MIN_COMPARATIVE_TOKENS = 10;

const engine = new Sentiment();
/** Language code → name the lexicon is registered under in `sentiment`. */
const registered = new Map<string, string>();

const EMPTY_READING: LexiconReading = {
  score: 0,
  comparative: 0,
  tokenCount: 0,
  negativeWords: [],
  positiveWords: [],
};

export function scoreLexicon(text: string, language: string): LexiconReading {
  const data = lexiconFor(language);
  if (data === null) return EMPTY_READING;

  const result = engine.analyze(cleanForTokenizer(text, language), {
    language: registerOnce(language, data),
  });
  const tokenCount = result.tokens.filter((token) => token !== "").length;
  if (tokenCount === 0) return EMPTY_READING;

  // `sentiment` walks the tokens from the end; reverse to report words in reading order.
  const negativeWords = [...new Set(result.negative)].reverse();
  const positiveWords = [...new Set(result.positive)].reverse();
  return {
    score: result.score,
    comparative: result.score / Math.max(tokenCount, MIN_COMPARATIVE_TOKENS),
    tokenCount,
    negativeWords,
    positiveWords,
  };
}

/**
 * Registers our lexicon under a private name: `sentiment` keeps languages in
 * one process-wide table, and its `extras` option writes into that table, so
 * using its own "en" entry would let other callers' extras leak into ours.
 */
function registerOnce(language: string, data: LexiconData): string {
  const existing = registered.get(language);
  if (existing !== undefined) return existing;
  const name = `support-escalation-${language}`;
  engine.registerLanguage(name, {
    labels: data.labels,
    scoringStrategy: {
      apply: (tokens, cursor, tokenScore) => {
        const previous = cursor > 0 ? tokens[cursor - 1] : undefined;
        return previous !== undefined && data.negators.has(previous) ? -tokenScore : tokenScore;
      },
    },
  });
  registered.set(language, name);
  return name;
}

/**
 * `sentiment` splits on spaces after removing ASCII punctuation only, so
 * Spanish ¿¡, guillemets, typographic quotes, tabs and line breaks would stick
 * to words ("¿me", "«merci»") and miss the lexicon. Outside English the
 * apostrophe is an elision ("l'équipe", "m'aider") and is split as well;
 * English keeps it because its negators are "don't", "isn't" and so on.
 */
function cleanForTokenizer(text: string, language: string): string {
  const typographic = text.replace(/[’‘]/g, "'").replace(/[¿¡«»“”„"…\s[\]<>|+]+/g, " ");
  return language === "en" ? typographic : typographic.replace(/'/g, " ");
}
