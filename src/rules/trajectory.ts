/**
 * The shape of a conversation over time. A customer whose frustration climbs
 * turn by turn, jumps suddenly, or who asks the same thing again is about to
 * give up, even when their latest message alone reads mild; one who ends with
 * "thanks, that fixed it" has settled, whatever came before.
 */
import type { TurnReading } from "../domain/triage.js";
import { contentTerms } from "../kb/terms.js";
import { readsSettled } from "./emotion/sentiment-label.js";

export type TrendPattern = "steady" | "rising" | "jump" | "circling" | "settled";

export interface Trend {
  pattern: TrendPattern;
  /** Why, in words a support lead reads in the handoff. */
  reason: string;
  /** True for the patterns that warrant a human even without other triggers. */
  escalates: boolean;
}

/** A jump of 35 points between two turns is calm-to-angry (e.g. 20 → 55) in one message. */
const JUMP = 35;
/** Rising: three turns climbing by 25 points overall; smaller drifts are noise in the lexicon. */
const RISE = 25;
/** Two turns sharing 60% of their content words ask the same question again. */
const SAME_QUESTION = 0.6;
/** Fewer content words than this cannot be compared meaningfully ("ok", "thanks"). */
const MIN_WORDS = 3;

/** What the latest message says of the earlier ones, read by the caller (signals/withdrawal.ts). */
export interface LatestMessage {
  /** It takes the earlier alarm back and asks a person for nothing new ("never mind, our firewall — you can close this"). */
  takesTheAlarmBack: boolean;
  /**
   * It asks a person to act, or turns to a new matter ("thanks! but I now see our
   * former contractor still logs in"): however calm and thankful, it has not settled.
   */
  bringsSomethingNew?: boolean;
}

/** 60: the line above which a customer is clearly upset (issue-type.ts); a furious "false alarm, BUT…" has not settled. */
const UPSET = 60;

export function assessTrend(readings: readonly TurnReading[], customerTexts: readonly string[], latestMessage?: LatestMessage): Trend {
  const steady: Trend = { pattern: "steady", reason: "no notable change across turns", escalates: false };
  if (readings.length < 2) return steady;
  const last = readings.at(-1)!;
  const previous = readings.at(-2)!;
  const path = readings.map((r) => r.frustration).join(" → ");

  // Settled: the last turn reads calm and thankful, and brings nothing new.
  if (readsSettled(last) && latestMessage?.bringsSomethingNew !== true) {
    return { pattern: "settled", reason: `the conversation ended calm (${path})`, escalates: false };
  }
  // Settled too: the customer says what they reported is over. Their words
  // often read tense ("sorry for the panic", "dropped", "blocked"), so the
  // lexicon alone would keep the problem open; the problem of the earlier
  // messages (its error codes, its urgency) is no longer theirs.
  if (latestMessage?.takesTheAlarmBack && last.frustration < UPSET) {
    return { pattern: "settled", reason: `the customer took the alarm back (${path})`, escalates: false };
  }
  if (last.frustration - previous.frustration >= JUMP) {
    return { pattern: "jump", reason: `frustration jumped ${previous.frustration} → ${last.frustration} in one turn`, escalates: true };
  }
  if (readings.length >= 3) {
    const [a, b, c] = readings.slice(-3).map((r) => r.frustration) as [number, number, number];
    if (a < b && b < c && c - a >= RISE) {
      return { pattern: "rising", reason: `frustration rising over three turns (${a} → ${b} → ${c})`, escalates: true };
    }
  }
  const latest = contentWords(customerTexts.at(-1) ?? "");
  if (latest.size >= MIN_WORDS) {
    const earlier = customerTexts.slice(0, -1).findIndex((text) => jaccard(latest, contentWords(text)) >= SAME_QUESTION);
    if (earlier >= 0) {
      return { pattern: "circling", reason: `the customer asked the same thing again (turn ${earlier + 1} and ${customerTexts.length})`, escalates: true };
    }
  }
  return steady;
}

/**
 * Word-set overlap. Hand-written because it is four lines; the similarity
 * libraries on npm compare characters (edit distance), which rates a
 * reworded repeat of the same question as different.
 */
function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The meaningful words of a turn, by the same rules the knowledge-base search uses. */
function contentWords(text: string): Set<string> {
  return new Set(contentTerms(text));
}
