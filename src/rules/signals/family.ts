/**
 * The shape of a pattern family and the two helpers every family file uses
 * to write its regular expressions readably.
 */
import type { EscalationSignal, SupportedLanguage, UrgencyIndicator } from "../../domain/taxonomy.js";
import { NEGATION_WORDS } from "./negation-words.js";

export type SignalTarget = EscalationSignal | UrgencyIndicator;

/** One way customers phrase one signal in one language. */
export interface PatternFamily {
  readonly target: SignalTarget;
  readonly language: SupportedLanguage;
  /** Short phrase-family name; evidence cites it as `target/language/name`. */
  readonly name: string;
  /** Matched, with the `g` flag, against one folded sentence. */
  readonly pattern: RegExp;
  /**
   * A second phrase that must also occur (un-negated) in the same sentence,
   * for words that only mean the signal in company: "all our users" means
   * many users affected only next to "can't log in" or "affected".
   */
  readonly requires?: RegExp;
  /**
   * Like `requires`, but anywhere in the ticket: for a sentence that states
   * what depends on our product ("we invoice our clients from these numbers")
   * while the fault it depends on is reported in another sentence or the
   * subject ("the totals are wrong"). Without such a fault the dependency is
   * background, not impact.
   */
  readonly requiresInTicket?: RegExp;
  /**
   * The phrase reports an alert the customer may have caused themselves
   * ("login from a new country"); a ticket that says "that was me" drops it.
   * See ../confirmation.ts.
   */
  readonly selfConfirmable?: boolean;
  /**
   * The phrase is a question by nature ("is there an outage?", "gibt es eine
   * Störung?"): asked beside a failure the ticket reports, it is how customers
   * report the event, so the topic-question rule does not silence it.
   */
  readonly askedAsReport?: boolean;
}

/**
 * Writes a regex as a raw template so `\b` needs no doubling and shared
 * vocabularies can be spliced in with `${…}`. Every family regex is global
 * because one sentence may hold the same phrase twice.
 */
export function re(strings: TemplateStringsArray, ...parts: string[]): RegExp {
  return new RegExp(String.raw(strings, ...parts), "g");
}

const NEGATION_LOOKAHEAD = `(?!(?:${[...NEGATION_WORDS].join("|")}|[a-z]+n't|n')\\b)`;

/**
 * Up to `n` filler words ("our production SYSTEM has been down", "lost ALL
 * our records"), each led by whitespace. Families use 1–2 where English puts
 * an adjective or determiner, and 3–4 where German and the Romance languages
 * put an adverb or time phrase between subject and verb ("ist SEIT EINER
 * STUNDE nicht erreichbar"); wider gaps start to join unrelated words.
 * The filler never swallows a negation word, so "the data was NOT deleted"
 * cannot match "data … deleted", and never crosses a comma or sentence
 * punctuation; `except` (an alternation) names further words it may not
 * swallow. Each word starts with whitespace and contains none, so the
 * repetition cannot backtrack catastrophically.
 */
export function words(n: number, except?: string): string {
  const excluded = except === undefined ? "" : `(?!${except}\\b)`;
  return `(?:\\s+${NEGATION_LOOKAHEAD}${excluded}[^\\s.!?;:,]+){0,${n}}?`;
}

/** A builder bound to one target, so family files read as a list of phrases. */
export function familiesOf(target: SignalTarget) {
  return (language: SupportedLanguage, name: string, pattern: RegExp, requires?: RegExp): PatternFamily =>
    requires ? { target, language, name, pattern, requires } : { target, language, name, pattern };
}

/** Makes a family count only in a ticket where `fault` also occurs, un-negated, in some sentence. */
export function withFaultInTicket(family: PatternFamily, fault: RegExp): PatternFamily {
  return { ...family, requiresInTicket: fault };
}

/** Marks a family whose hits the customer can take back with "that was me". */
export function selfConfirmable(family: PatternFamily): PatternFamily {
  return { ...family, selfConfirmable: true };
}

/**
 * Makes a question-shaped family ("is something down on your side?") report
 * its event in a ticket where `symptom` occurs, un-negated, in some sentence:
 * customers who see everything fail ask whether we are down.
 */
export function askedBesideSymptom(family: PatternFamily, symptom: RegExp): PatternFamily {
  return { ...family, requiresInTicket: symptom, askedAsReport: true };
}
