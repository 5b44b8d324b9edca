/**
 * Payment card numbers: 13 to 19 digits (ISO/IEC 7812 lengths), written
 * whole or in groups separated by single spaces or dashes, that pass the
 * Luhn check. The check is what keeps most order and phone numbers out:
 * only one random digit string in ten passes it.
 */
import { passesLuhn } from "../luhn.js";
import type { Span } from "./span.js";

const MIN_DIGITS = 13;
const MAX_DIGITS = 19;
/** Cards are printed in three to five groups (4-4-4-4, 4-6-5, 4-4-4-4-3); six leaves slack and bounds the work on long digit runs. */
const MAX_GROUPS = 6;

/**
 * A run of digit groups joined by single spaces or dashes, not glued to a
 * word, and not a part of an identifier a dash ties to letters
 * ("TICK-1796476224599-edff36", "ACC-4111111111111111"): a ticket id whose
 * time happens to pass the Luhn check is not a card.
 */
const DIGIT_RUN = /(?<![\p{L}\p{N}_])(?<![\p{L}_]-)\d+(?:[ -]\d+)*(?![\p{L}\p{N}_])(?!-[\p{L}_])/gu;

export function detectCards(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    for (const card of cardsWithin(match[0])) spans.push({ start: match.index + card.start, end: match.index + card.end, kind: "card" });
  }
  return spans;
}

/**
 * The run may hold more than the card ("4111 1111 1111 1111 12/25" reads as
 * one run up to the expiry month), or two cards side by side ("3782 822463
 * 10005 4111 1111 1111 1111"), so windows of whole groups are tried from every
 * starting group; the longest card from a start wins, and the search goes on
 * after it, so no second card is left for a second pass to find.
 */
function cardsWithin(run: string): Array<{ start: number; end: number }> {
  const groups = digitGroups(run);
  const cards: Array<{ start: number; end: number }> = [];
  let first = 0;
  while (first < groups.length) {
    const last = longestCardFrom(groups, first);
    if (last === -1) {
      first++;
      continue;
    }
    cards.push({ start: groups[first]?.start ?? 0, end: groups[last]?.end ?? 0 });
    first = last + 1;
  }
  return cards;
}

/** The last group of the longest card that starts at group `first`, -1 for none. */
function longestCardFrom(groups: ReadonlyArray<{ digits: string }>, first: number): number {
  let digits = "";
  let best = -1;
  for (let last = first; last < Math.min(groups.length, first + MAX_GROUPS); last++) {
    digits += groups[last]?.digits ?? "";
    if (digits.length > MAX_DIGITS) break;
    if (digits.length >= MIN_DIGITS && passesLuhn(digits)) best = last;
  }
  return best;
}

/** The digit groups of a run (a plain scan: a regex iterator allocates a match object per group, slow on long runs). */
function digitGroups(run: string): Array<{ start: number; end: number; digits: string }> {
  const groups: Array<{ start: number; end: number; digits: string }> = [];
  let start = -1;
  for (let i = 0; i <= run.length; i++) {
    const code = i < run.length ? run.charCodeAt(i) : -1;
    const digit = code >= 48 && code <= 57;
    if (digit && start < 0) start = i;
    if (!digit && start >= 0) {
      groups.push({ start, end: i, digits: run.slice(start, i) });
      start = -1;
    }
  }
  return groups;
}
