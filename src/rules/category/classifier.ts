/**
 * The category classifier: an explainable cue scorer over a taxonomy.
 *
 * score(category) = Σ weight × SUBJECT_FACTOR over its cues found in the subject
 *                 + Σ weight over its cues found in the body.
 * A cue counts once per field however often it repeats, so a pasted log that
 * says "timeout" 400 times weighs like a customer who says it once.
 */
import { CATEGORIES, type Category, type SupportedLanguage } from "../../domain/taxonomy.js";
import { compileTaxonomy, cuesFoundIn, indexWords, type CompiledCue } from "./cue-matcher.js";
import type { Taxonomy } from "./schema.js";
import { DEFAULT_TAXONOMY } from "./taxonomy.js";
import { normalizeText, tokenize } from "./text.js";

/**
 * A subject cue weighs double: the subject is the customer's own one-line
 * summary of the problem, while a body also carries greetings, background
 * and asides. Doubling (rather than more) keeps a body that clearly
 * describes something else able to outvote one subject word.
 */
export const SUBJECT_FACTOR = 2;

/**
 * Only the start of the body is read. The topic of a support message is
 * stated up front; beyond ~3,000 words (20,000 characters, about ten pages)
 * a body is pasted logs or quoted threads whose incidental words would only
 * add noise — and reading a 1 MB body would cost time for nothing.
 */
export const MAX_BODY_CHARS = 20_000;

/**
 * Confidence when nothing scored and the answer is the general_inquiry
 * fallback: low enough that a caller with a model available will ask it,
 * since "no cue matched" says nothing about what the ticket is.
 */
export const FALLBACK_CONFIDENCE = 0.2;

/**
 * The top score at which evidence strength reaches one half. Four points is a
 * little more than one decisive cue (weight 3) in the body, a little less
 * than one in the subject (3 × 2 = 6): one strong cue alone should leave us
 * about half sure, several should push towards 1.
 */
export const EVIDENCE_HALF_POINT = 4;

export type Field = "subject" | "body";

/** One cue that contributed to a category's score. */
export interface CueMatch {
  category: Category;
  phrase: string;
  language: SupportedLanguage;
  weight: number;
  fields: Field[];
  /** What this cue added to its category's score. */
  points: number;
}

export interface CategoryResult {
  category: Category;
  /** 0–1; see `confidenceFrom`. */
  confidence: number;
  /** Raw score per category (0 for categories with no matching cue). */
  scores: Record<Category, number>;
  /** The cue phrases behind the chosen category, strongest first. */
  matched: string[];
  /** Every cue that matched, for any category, strongest first: the full explanation. */
  evidence: CueMatch[];
}

export function classifyCategory(subject: string, body: string, taxonomy: Taxonomy = DEFAULT_TAXONOMY): CategoryResult {
  const cues = compileTaxonomy(taxonomy);
  const evidence = collectEvidence(cues, {
    subject: wordsOf(subject),
    body: wordsOf(body.slice(0, MAX_BODY_CHARS)),
  });
  const scores = scoresFrom(evidence);
  const ranked = rankCategories(scores, taxonomy);
  const [top, second] = ranked;
  if (!top || scores[top] === 0) {
    return { category: "general_inquiry", confidence: FALLBACK_CONFIDENCE, scores, matched: [], evidence };
  }
  return {
    category: top,
    confidence: confidenceFrom(scores[top], second ? scores[second] : 0),
    scores,
    matched: evidence.filter((match) => match.category === top).map((match) => match.phrase),
    evidence,
  };
}

/**
 * confidence = evidence × (½ + ½ × margin), where
 * - margin = (top − second) / top: 1 when no other category scored, 0 on a tie;
 * - evidence = top / (top + EVIDENCE_HALF_POINT): how much was found at all.
 * On a tie the pick is a coin toss between two categories, hence the ½
 * floor rather than 0; a clear margin on thin evidence is still unsure.
 */
export function confidenceFrom(top: number, second: number): number {
  if (top <= 0) return 0;
  const margin = (top - Math.max(0, second)) / top;
  const evidence = top / (top + EVIDENCE_HALF_POINT);
  return round2(evidence * (0.5 + 0.5 * margin));
}

function wordsOf(text: string): string[] {
  return tokenize(normalizeText(text));
}

function collectEvidence(cues: readonly CompiledCue[], fields: Record<Field, string[]>): CueMatch[] {
  const byCue = new Map<CompiledCue, CueMatch>();
  for (const field of ["subject", "body"] as const) {
    const factor = field === "subject" ? SUBJECT_FACTOR : 1;
    for (const cue of cuesFoundIn(cues, indexWords(fields[field]))) {
      const match = byCue.get(cue) ?? { ...describe(cue), fields: [], points: 0 };
      match.fields.push(field);
      match.points += cue.weight * factor;
      byCue.set(cue, match);
    }
  }
  return [...byCue.values()].sort((a, b) => b.points - a.points);
}

function describe(cue: CompiledCue): Pick<CueMatch, "category" | "phrase" | "language" | "weight"> {
  return { category: cue.category, phrase: cue.phrase, language: cue.language, weight: cue.weight };
}

function scoresFrom(evidence: readonly CueMatch[]): Record<Category, number> {
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  for (const match of evidence) scores[match.category] += match.points;
  return scores;
}

/** Highest score first; ties go to the category listed first in the taxonomy, then to contract order. */
function rankCategories(scores: Record<Category, number>, taxonomy: Taxonomy): Category[] {
  const order = taxonomy.categories.map((category) => category.id);
  const precedence = (category: Category): number => {
    const index = order.indexOf(category);
    return index === -1 ? order.length + CATEGORIES.indexOf(category) : index;
  };
  return [...CATEGORIES].sort((a, b) => scores[b] - scores[a] || precedence(a) - precedence(b));
}

/** Two decimals: finer confidence than that is noise from the weights, and it keeps outputs stable in snapshots. */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
