/**
 * How much of one customer message the rules engine reads. The signal scan
 * runs every pattern family (about 240) over every sentence: a few
 * milliseconds per sentence, so a megabyte of pasted log lines (tens of
 * thousands of one-line "sentences") would take a minute or more — a hang
 * for a caller waiting on a triage. Customers write their own words before
 * and after what they paste, so a longer message is read as its beginning
 * and end (keep-ends.ts). The conversation, the handoff and its attachment
 * keep the message whole.
 */
import { keepEnds } from "../text/keep-ends.js";

/**
 * 32,000 characters: ten pages of prose, or a long mail with a stack trace,
 * is read whole; at worst (one short line per sentence, ~800 sentences) the
 * scan stays around a second.
 */
export const RULES_TEXT_MAX_CHARS = 32_000;

export interface RulesText {
  text: string;
  /** Says what the rules left out, for the run's notes in state; null when they read it all. */
  note: string | null;
}

export function textForRules(text: string, maxChars: number = RULES_TEXT_MAX_CHARS): RulesText {
  const kept = keepEnds(text, maxChars);
  return {
    text: kept.text,
    note: kept.truncated
      ? `the customer's text has ${text.length} characters; the rules read the first ${kept.head} and the last ${kept.tail} ` +
        `(the conversation and the handoff keep all of it)`
      : null,
  };
}
