/**
 * The five-step sentiment label, read from the same evidence as frustration
 * so the two never contradict each other (no "positive" ticket at 80%
 * frustration).
 */
import type { Sentiment } from "../../domain/taxonomy.js";

export interface SentimentEvidence {
  /** 0–100 frustration level. */
  frustration: number;
  /** Net lexicon valence (sum of AFINN scores). */
  valence: number;
  /** Lexicon valence per token. */
  comparative: number;
}

/**
 * 70: the level an outraged ticket reaches once its words are backed by how
 * they are said or by a threat (outage + legal threat, "THIRD TIME!!!"),
 * and more than words alone can give (the lexicon base stops at 40).
 */
const VERY_NEGATIVE_FROM = 70;
/** 25: one outrage phrase plus a little negative vocabulary; plain questions stay below it. */
const NEGATIVE_FROM = 25;
/**
 * A positive label needs calm: any cue worth 15 (a repeat-contact phrase,
 * profanity) or more rules it out, however many "thanks" surround it.
 */
const POSITIVE_MAX_FRUSTRATION = 15;
/** +2 is one clear positive word ("thanks", "great"); a lone +1 ("free", "please") is politeness, not positivity. */
const POSITIVE_MIN_SCORE = 2;
/**
 * 0.1 is one clearly positive word per 20 tokens: a long technical ticket that
 * ends with "thanks" is businesslike, not positive.
 */
const POSITIVE_MIN_COMPARATIVE = 0.1;
/** +6 is two or three clearly positive words ("thank you so much, amazing support"). */
const VERY_POSITIVE_MIN_SCORE = 6;
/** 0.3 per token keeps "very positive" for short, dense praise rather than a long ticket that says thanks twice. */
const VERY_POSITIVE_MIN_COMPARATIVE = 0.3;

/**
 * The label a frustration level alone imposes: very negative from 70,
 * negative from 25, none below. The single-message label and the thread's
 * mood (thread-mood.ts) both read it here, so the two bands never drift apart.
 */
export function frustrationBand(frustration: number): "very_negative" | "negative" | undefined {
  if (frustration >= VERY_NEGATIVE_FROM) return "very_negative";
  if (frustration >= NEGATIVE_FROM) return "negative";
  return undefined;
}

/**
 * A turn that reads calm and thankful ("thanks, that fixed it"): frustration
 * at most 15 and a positive label. The thread's mood falls faster after one,
 * and a conversation that ends on one has settled (trajectory.ts).
 */
export function readsSettled(reading: { frustration: number; sentiment: Sentiment }): boolean {
  return reading.frustration <= POSITIVE_MAX_FRUSTRATION && (reading.sentiment === "positive" || reading.sentiment === "very_positive");
}

export function labelSentiment({ frustration, valence, comparative }: SentimentEvidence): Sentiment {
  const band = frustrationBand(frustration);
  if (band) return band;
  if (frustration >= POSITIVE_MAX_FRUSTRATION || valence < POSITIVE_MIN_SCORE || comparative < POSITIVE_MIN_COMPARATIVE) {
    return "neutral";
  }
  if (valence >= VERY_POSITIVE_MIN_SCORE && comparative >= VERY_POSITIVE_MIN_COMPARATIVE) return "very_positive";
  return "positive";
}
