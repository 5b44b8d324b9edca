/**
 * The shape of one language's reading table: the concepts a person must see,
 * written as stems and phrases, and the few words the reader needs to judge
 * a message calm (question openers, thanks, wishes) or unsure (negations,
 * conditionals, trouble and urgency words). One table per language, in
 * files beside this one, so a speaker can review a language on one page.
 */

/**
 * The concepts of the en/de/es/fr pattern families and the learned reader,
 * as far as a table of phrases can carry them. Each maps to a signal or a
 * need in concepts.ts.
 */
export const OTHER_LANGUAGE_CONCEPTS = [
  "person",
  "outage",
  "fraud",
  "legal",
  "chargeback",
  "data_loss",
  "data_rights",
  "churn",
  "accessibility",
  "handling",
  "repeat",
] as const;
export type OtherLanguageConcept = (typeof OTHER_LANGUAGE_CONCEPTS)[number];

/** Latin-script tables are matched on folded text (lowercase, no diacritics); the others on the text as written. */
export type Script = "latin" | "cjk";

export interface LanguageTable {
  readonly script: Script;
  /** Phrases per concept (regex sources); a concept a table leaves out is one the reader cannot see in that language. */
  readonly concepts: Partial<Record<OtherLanguageConcept, readonly string[]>>;
  /**
   * Words of a problem report (error, broken, charged twice, refund, lawyer…):
   * not a trigger, but a message with one is not calm, so it keeps today's
   * handling (a person reads it).
   */
  readonly trouble: readonly string[];
  /** Urgency and anger ("urgent", "unacceptable"): never calm. */
  readonly urgency: readonly string[];
  /** Negation words that, shortly before a phrase, turn a trigger into a doubt ("not", "never"). */
  readonly negation: readonly string[];
  /** Negations that follow what they negate (Japanese ない, Turkish değil), read right after a phrase. */
  readonly negationAfter?: readonly string[];
  /** "If", "in case": an event in such a sentence is a doubt, not a report. */
  readonly conditional: readonly string[];
  /** Question openers and particles: a sentence with one asks something. */
  readonly asks: readonly string[];
  readonly thanks: readonly string[];
  /** A feature wish ("it would be great if…", "suggestion"). */
  readonly wish: readonly string[];
  /**
   * The customer takes the alarm back or says it works again ("vals alarm",
   * "werkt weer", "falso alarme"): in a later message, what can be over (an
   * outage, a fraud alert, a lost record, a request for a person, a
   * chargeback threat) is withdrawn, as the en/de/es/fr retraction does.
   */
  readonly settles?: readonly string[];
}

/** End of a word, for short stems that would otherwise start longer words ("arg" in "argument"). */
export const END = String.raw`(?![\p{L}\p{N}])`;

/**
 * Negations of the Latin-script tables: a gap never swallows one, so "is NOT
 * down" cannot match "is … down" (the reader checks the words before a phrase
 * itself; this guards the words inside it).
 */
const NEGATIONS_IN_GAPS = ["non", "nao", "niet", "geen", "nie", "inte", "ej", "ikke", "degil", "mai", "nunca", "nooit", "aldrig", "nigdy", "hic"];

/** Up to `n` words between two parts of a phrase (Latin scripts), never a negation, never across a comma or a sentence end. */
export function gap(n: number): string {
  return String.raw`(?:(?!(?:${NEGATIONS_IN_GAPS.join("|")})\s)[^\s.,;:!?]+\s+){0,${n}}?`;
}
